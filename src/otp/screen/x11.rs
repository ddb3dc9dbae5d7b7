//! The X11 root window read with `x11rb`'s GetImage (no helper program): every monitor of the
//! X screen, in strips of about 4 MB. The fallback when no screenshot portal answers (see
//! [`super`]). A Wayland session without XWayland has no `DISPLAY` (`ScreenUnavailable`); with
//! XWayland it usually gives an empty picture (`ScreenBlank`, from [`crate::otp::qr::read_screen`]).

use crate::otp::qr::{luma, Luma, QrError};

/// A greyscale picture of the whole X screen.
pub fn capture() -> Result<Luma, QrError> {
    use x11rb::connection::Connection as _;
    use x11rb::protocol::xproto::{ConnectionExt as _, ImageFormat as XImageFormat, ImageOrder};

    let unavailable = |detail: String| QrError::ScreenUnavailable { detail };
    if std::env::var_os("DISPLAY").is_none_or(|d| d.is_empty()) {
        return Err(unavailable(
            "there is no X11 display (DISPLAY is not set)".into(),
        ));
    }
    let (conn, screen_num) = x11rb::connect(None).map_err(|e| unavailable(e.to_string()))?;
    let setup = conn.setup();
    let screen = setup
        .roots
        .get(screen_num)
        .ok_or_else(|| unavailable("the X server reported no screen".into()))?;
    let (width, height) = (
        usize::from(screen.width_in_pixels),
        usize::from(screen.height_in_pixels),
    );
    Luma::check_size(width as u64, height as u64)?;
    let depth = screen.root_depth;
    let format = setup
        .pixmap_formats
        .iter()
        .find(|f| f.depth == depth)
        .ok_or_else(|| unavailable(format!("no pixel format for depth {depth}")))?;
    let bpp = usize::from(format.bits_per_pixel);
    if bpp != 32 && bpp != 24 {
        return Err(unavailable(format!("{bpp}-bit screens are not supported")));
    }
    let visual = screen
        .allowed_depths
        .iter()
        .flat_map(|d| d.visuals.iter())
        .find(|v| v.visual_id == screen.root_visual)
        .ok_or_else(|| unavailable("the screen's colour layout is unknown".into()))?;
    let (rm, gm, bm) = (visual.red_mask, visual.green_mask, visual.blue_mask);
    let channel = |pixel: u32, mask: u32| -> u8 {
        if mask == 0 {
            return 0;
        }
        let shifted = (pixel & mask) >> mask.trailing_zeros();
        let max = mask >> mask.trailing_zeros();
        ((u64::from(shifted) * 255) / u64::from(max.max(1))) as u8
    };
    let msb = setup.image_byte_order == ImageOrder::MSB_FIRST;
    let pad = usize::from(format.scanline_pad).max(8);
    let stride = (width * bpp).div_ceil(pad) * pad / 8;
    let bytes_pp = bpp / 8;

    let mut pixels = Vec::with_capacity(width * height);
    // In strips of about 4 MB: large single replies are slow on some servers.
    let rows_per_strip = (4 * 1024 * 1024 / stride.max(1)).clamp(1, height.max(1));
    let mut y = 0usize;
    while y < height {
        let rows = rows_per_strip.min(height - y);
        let reply = conn
            .get_image(
                XImageFormat::Z_PIXMAP,
                screen.root,
                0,
                y as i16,
                width as u16,
                rows as u16,
                u32::MAX,
            )
            .map_err(|e| unavailable(e.to_string()))?
            .reply()
            .map_err(|e| unavailable(e.to_string()))?;
        let data = reply.data;
        if data.len() < stride * rows {
            return Err(unavailable("the X server sent a short picture".into()));
        }
        for row in 0..rows {
            let line = &data[row * stride..row * stride + width * bytes_pp];
            for px in line.chunks_exact(bytes_pp) {
                let value = match (bytes_pp, msb) {
                    (4, false) => u32::from_le_bytes([px[0], px[1], px[2], px[3]]),
                    (4, true) => u32::from_be_bytes([px[0], px[1], px[2], px[3]]),
                    (_, false) => u32::from_le_bytes([px[0], px[1], px[2], 0]),
                    (_, true) => u32::from_be_bytes([0, px[0], px[1], px[2]]),
                };
                pixels.push(luma(
                    channel(value, rm),
                    channel(value, gm),
                    channel(value, bm),
                ));
            }
        }
        y += rows;
    }
    Ok(Luma {
        width,
        height,
        pixels,
    })
}
