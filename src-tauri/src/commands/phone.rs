//! Phone numbers: check one for SMS codes; the country list for the picker. Needs no profile.

use steward::error::{ErrorInfo, UserFacing};
use steward::phone::{PhoneCheck, RegionInfo};

#[tauri::command(async)]
pub fn phone_check(
    number: String,
    region: Option<String>,
    refusal: Option<String>,
) -> Result<PhoneCheck, ErrorInfo> {
    steward::phone::check(&number, region.as_deref(), refusal.as_deref()).map_err(|e| e.info())
}

#[tauri::command(async)]
pub fn phone_regions() -> Vec<RegionInfo> {
    steward::phone::regions()
}
