//! A clinic's accent colour (`accent=#rrggbb`), checked against the guide's own themes.
//!
//! One colour cannot keep 4.5:1 against both our light page (#fbfaf7) and our dark one (#141619):
//! the best any colour reaches against both is about 4.3:1. So the clinic's colour is used as given
//! in the light theme, and the dark theme uses a lighter tint of it (mixed with white, in steps of
//! 5%, to the first that keeps 4.5:1). Each theme's accent must keep 4.5:1 against the page, the
//! panels and its own soft tint (the background of chosen answers and table heads), and so must the
//! page colour written on the accent (a pressed button). A colour that fails in the light theme is
//! refused with a warning. Pure integer and float arithmetic: no `powf` (it would pull libm's `pow`
//! into the wasm).

/// An sRGB colour.
pub type Rgb = [u8; 3];

/// The theme colours the accent is drawn on (`styles/main.css`; a native test keeps them equal).
pub const LIGHT_BG: Rgb = [0xfb, 0xfa, 0xf7];
pub const LIGHT_SURFACE: Rgb = [0xff, 0xff, 0xff];
pub const DARK_BG: Rgb = [0x14, 0x16, 0x19];
pub const DARK_SURFACE: Rgb = [0x1d, 0x20, 0x24];

/// WCAG 2's minimum for normal text.
pub const MIN_CONTRAST: f64 = 4.5;
/// How much of the accent is in its soft tint, in percent.
const SOFT: u32 = 12;

/// The four custom properties a clinic's accent sets: the accent and its soft tint, per theme.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Accent {
    pub light: Rgb,
    pub light_soft: Rgb,
    pub dark: Rgb,
    pub dark_soft: Rgb,
}

impl Accent {
    /// The clinic's colour and the tints derived from it, if every pair keeps [`MIN_CONTRAST`].
    pub fn from_hex(v: &str) -> Option<Accent> {
        let light = parse_hex(v)?;
        let light_soft = mix(light, LIGHT_BG, SOFT);
        if !readable(light, LIGHT_BG, LIGHT_SURFACE, light_soft) {
            return None;
        }
        (0..=20).map(|step| mix([255; 3], light, step * 5)).find_map(|dark| {
            let dark_soft = mix(dark, DARK_BG, SOFT);
            readable(dark, DARK_BG, DARK_SURFACE, dark_soft).then_some(Accent { light, light_soft, dark, dark_soft })
        })
    }

    /// `(custom property, #rrggbb)` pairs, for the CSSOM (the policy forbids inline styles).
    pub fn properties(&self) -> [(&'static str, String); 4] {
        [
            ("--clinic-accent", hex(self.light)),
            ("--clinic-accent-soft", hex(self.light_soft)),
            ("--clinic-accent-dark", hex(self.dark)),
            ("--clinic-accent-soft-dark", hex(self.dark_soft)),
        ]
    }
}

fn readable(accent: Rgb, bg: Rgb, surface: Rgb, soft: Rgb) -> bool {
    [bg, surface, soft].into_iter().all(|other| contrast(accent, other) >= MIN_CONTRAST)
}

/// `#rrggbb` (either case) as a colour.
pub fn parse_hex(v: &str) -> Option<Rgb> {
    // Bytes, not string slices or `from_str_radix`: those bring panic formatting into the wasm.
    let &[b'#', ref digits @ ..] = v.as_bytes() else { return None };
    let nibble = |i: usize| digits.get(i).and_then(|&b| char::from(b).to_digit(16));
    let byte = |i: usize| Some((nibble(i)? * 16 + nibble(i + 1)?) as u8);
    (digits.len() == 6).then_some(())?;
    Some([byte(0)?, byte(2)?, byte(4)?])
}

pub fn hex(c: Rgb) -> String {
    format!("#{:02x}{:02x}{:02x}", c[0], c[1], c[2])
}

/// `percent` of `a` and the rest of `b`, per channel, rounded (as CSS `color-mix` in sRGB).
pub fn mix(a: Rgb, b: Rgb, percent: u32) -> Rgb {
    let m = |i: usize| ((u32::from(a[i]) * percent + u32::from(b[i]) * (100 - percent) + 50) / 100) as u8;
    [m(0), m(1), m(2)]
}

/// WCAG 2's contrast ratio, from 1 to 21.
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// WCAG 2's relative luminance.
pub fn luminance(c: Rgb) -> f64 {
    let lin = |v: u8| {
        let x = f64::from(v) / 255.0;
        if x <= 0.04045 {
            x / 12.92
        } else {
            let y = (x + 0.055) / 1.055;
            // y^2.4 = y² · (y²)^(1/5); the fifth root by Newton's method (y² ≥ 0.008 here).
            let a = y * y;
            let mut r = 1.0;
            for _ in 0..40 {
                let r4 = r * r * r * r;
                r = (4.0 * r + a / r4) / 5.0;
            }
            a * r
        }
    };
    0.2126 * lin(c[0]) + 0.7152 * lin(c[1]) + 0.0722 * lin(c[2])
}
