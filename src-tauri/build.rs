//! Generates the app's context and, from the list below, the `allow-<command>`/`deny-<command>`
//! permissions that capabilities/default.json grants. A command missing here cannot be called.

const COMMANDS: &[&str] = &[
    "profile_status",
    "profile_unlock",
    "case_list",
    "case_create",
    "case_get",
    "case_update",
    "case_close",
    "case_search",
    "interaction_log",
    "interaction_defaults",
    "case_insights",
    "case_escalation",
    "promise_set",
    "alert_list",
    "alert_raise",
    "alert_step",
    "alert_resolve",
    "attachment_list",
    "attachment_add",
    "attachment_remove",
    "capture_suggest",
    "account_list",
    "phone_check",
    "phone_regions",
    "otp_list",
    "otp_codes",
    "otp_add_uri",
    "otp_add_manual",
    "otp_add_qr_image",
    "otp_add_screen",
    "otp_add_clipboard",
    "otp_inspect_file",
    "otp_import",
    "otp_export",
    "otp_qr_svg",
    "otp_rename",
    "otp_remove",
    "otp_next_hotp",
    "otp_copy_code",
    "otp_backup_codes",
    "otp_backup_codes_add",
    "otp_backup_code_use",
    "clock_check",
    "share_preview",
    "share_brief",
    "share_export",
    "share_verify",
    "share_copy_brief",
    "directory_search",
    "directory_service",
    "enrol_start",
    "enrol_list",
    "enrol_show",
    "enrol_act",
    "enrol_stuck",
];

fn main() {
    let attributes = tauri_build::Attributes::new()
        .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    if let Err(err) = tauri_build::try_build(attributes) {
        panic!("tauri-build failed: {err:#}");
    }
}
