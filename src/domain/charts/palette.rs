//! The charts' colours for the light and dark page schemes, kept apart from the chart rules.
//!
//! The four pillars share one panel, so their colours must stay apart for everyone: they take
//! Okabe–Ito's hues (blue, orange, green, reddish purple) at different lightness, so people
//! with red–green or blue–yellow colour-vision deficiency still tell them apart (the tests
//! simulate it), and each line keeps at least 3:1 against the card it is drawn on.

use super::super::pillar::Pillar;

/// Colours that follow the page's light or dark scheme.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChartPalette {
    /// The card the chart sits on (the stylesheet's `--surface`).
    pub surface: &'static str,
    /// Axis labels, legend, axis names and tooltip text: at least 4.5:1 on the surface and
    /// on the tooltip.
    pub text: &'static str,
    pub grid: &'static str,
    pub tooltip_background: &'static str,
    /// The overall score first, then the pillars in LinkedIn's order ([`Pillar::ALL`]); also
    /// the lines of people compared.
    pub series: [&'static str; 5],
    /// The rank lines, as the score bar colours them (`--industry`, `--network`).
    pub industry: &'static str,
    pub network: &'static str,
    pub note: &'static str,
    /// Compare: the user's own line, in the app's brand colour (the stylesheet's `--accent`).
    pub you: &'static str,
    /// Compare: everyone else's lines, in turn; none is the brand colour.
    pub others: [&'static str; 4],
}

impl ChartPalette {
    pub const LIGHT: ChartPalette = ChartPalette {
        surface: "#ffffff",
        text: "#3d4451",
        grid: "#e3e6eb",
        tooltip_background: "#ffffff",
        series: ["#525a66", "#153e78", "#d15b00", "#0f8050", "#d36ba9"],
        industry: "#c2410c",
        network: "#7c3aed",
        note: "#a16207",
        you: "#0a66c2",
        others: ["#d15b00", "#0f8050", "#d36ba9", "#525a66"],
    };
    pub const DARK: ChartPalette = ChartPalette {
        surface: "#181c23",
        text: "#c9d1dc",
        grid: "#2f3542",
        tooltip_background: "#1d222b",
        series: ["#e6e9ee", "#4a88f0", "#ee7f2a", "#5ad19b", "#f6b3e6"],
        industry: "#fb923c",
        network: "#a78bfa",
        note: "#facc15",
        you: "#4b9ef0",
        others: ["#ee7f2a", "#5ad19b", "#f6b3e6", "#e6e9ee"],
    };

    pub fn for_scheme(dark: bool) -> Self {
        if dark {
            Self::DARK
        } else {
            Self::LIGHT
        }
    }

    pub fn overall(&self) -> &'static str {
        self.series[0]
    }

    pub fn pillar(&self, pillar: Pillar) -> &'static str {
        let index = pillar.index();
        self.series[1 + index]
    }

    /// The colour of a line on Compare: the brand colour for the user's own, and for the
    /// `nth` other person (from 0) the next of [`ChartPalette::others`].
    pub fn compared(&self, line: ComparedLine) -> &'static str {
        match line {
            ComparedLine::Yours => self.you,
            ComparedLine::Other(nth) => self.others[nth % self.others.len()],
        }
    }
}

/// Whose line it is on Compare.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ComparedLine {
    Yours,
    /// Someone else, counted from 0 in the order they are drawn.
    Other(usize),
}

/// The WCAG contrast ratio of two `#rrggbb` colours, from 1 (same) to 21 (black on white).
pub fn contrast_ratio(a: &str, b: &str) -> f64 {
    let (la, lb) = (relative_luminance(a), relative_luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// A `#rrggbb` colour's channels as linear light, 0 to 1 (black for anything else).
fn linear_rgb(colour: &str) -> [f64; 3] {
    let channel = |i: usize| {
        let c = colour
            .get(1 + 2 * i..3 + 2 * i)
            .and_then(|h| u8::from_str_radix(h, 16).ok())
            .map_or(0.0, |v| f64::from(v) / 255.0);
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    [channel(0), channel(1), channel(2)]
}

fn relative_luminance(colour: &str) -> f64 {
    let [r, g, b] = linear_rgb(colour);
    0.2126 * r + 0.7152 * g + 0.0722 * b
}

#[cfg(test)]
mod tests {
    use super::*;

    const SCHEMES: [(&str, ChartPalette); 2] =
        [("light", ChartPalette::LIGHT), ("dark", ChartPalette::DARK)];

    #[test]
    fn contrast_ratio_matches_wcag() {
        assert!((contrast_ratio("#000000", "#ffffff") - 21.0).abs() < 1e-9);
        assert!((contrast_ratio("#777777", "#ffffff") - 4.48).abs() < 0.01);
        assert_eq!(contrast_ratio("#0a66c2", "#0a66c2"), 1.0);
    }

    #[test]
    fn text_reads_at_4_5_to_1_on_the_card_and_in_tooltips() {
        for (scheme, p) in SCHEMES {
            for background in [p.surface, p.tooltip_background] {
                let ratio = contrast_ratio(p.text, background);
                assert!(ratio >= 4.5, "{scheme}: text {ratio:.2}:1 on {background}");
            }
        }
    }

    #[test]
    fn every_line_and_marker_stands_out_at_3_to_1() {
        for (scheme, p) in SCHEMES {
            let marks = p
                .series
                .iter()
                .chain([&p.industry, &p.network, &p.note, &p.you]);
            let marks = marks.chain(p.others.iter());
            for colour in marks {
                for background in [p.surface, p.tooltip_background] {
                    let ratio = contrast_ratio(colour, background);
                    assert!(
                        ratio >= 3.0,
                        "{scheme}: {colour} {ratio:.2}:1 on {background}"
                    );
                }
            }
        }
    }

    /// Machado, Oliveira & Fernandes (2009): full protanopia, deuteranopia and tritanopia,
    /// applied to linear RGB.
    const DEFICIENCIES: [(&str, [[f64; 3]; 3]); 3] = [
        (
            "protanopia",
            [
                [0.152286, 1.052583, -0.204868],
                [0.114503, 0.786281, 0.099216],
                [-0.003882, -0.048116, 1.051998],
            ],
        ),
        (
            "deuteranopia",
            [
                [0.367322, 0.860646, -0.227968],
                [0.280085, 0.672501, 0.047413],
                [-0.011820, 0.042940, 0.968881],
            ],
        ),
        (
            "tritanopia",
            [
                [1.255528, -0.076749, -0.178779],
                [-0.078411, 0.930809, 0.147602],
                [0.004733, 0.691367, 0.303900],
            ],
        ),
    ];

    fn seen_with(m: &[[f64; 3]; 3], colour: &str) -> [f64; 3] {
        let c = linear_rgb(colour);
        m.map(|row| (row[0] * c[0] + row[1] * c[1] + row[2] * c[2]).clamp(0.0, 1.0))
    }

    /// CIE L*a*b* (D65) of linear RGB.
    fn lab([r, g, b]: [f64; 3]) -> [f64; 3] {
        let x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
        let y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        let z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
        let f = |t: f64| {
            if t > 216.0 / 24389.0 {
                t.cbrt()
            } else {
                (24389.0 / 27.0 * t + 16.0) / 116.0
            }
        };
        let (fx, fy, fz) = (f(x), f(y), f(z));
        [116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz)]
    }

    /// CIE76 colour difference: about 2 is just noticeable, 20 and more reads as different
    /// colours at a glance.
    fn difference(a: [f64; 3], b: [f64; 3]) -> f64 {
        a.iter()
            .zip(b)
            .map(|(x, y)| (x - y).powi(2))
            .sum::<f64>()
            .sqrt()
    }

    fn assert_apart(scheme: &str, colours: &[&str], at_least: f64) {
        let identity = [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]];
        let visions = std::iter::once(("typical vision", identity)).chain(DEFICIENCIES);
        for (vision, m) in visions {
            for (i, a) in colours.iter().enumerate() {
                for b in &colours[i + 1..] {
                    let d = difference(lab(seen_with(&m, a)), lab(seen_with(&m, b)));
                    assert!(
                        d >= at_least,
                        "{scheme}, {vision}: {a} and {b} differ by {d:.1}"
                    );
                }
            }
        }
    }

    #[test]
    fn the_pillars_stay_apart_with_colour_vision_deficiency() {
        for (scheme, p) in SCHEMES {
            assert_apart(scheme, &p.series[1..], 20.0);
            // The overall line has its own panel and a thicker line; it still differs.
            assert_apart(scheme, &p.series, 14.0);
            assert_apart(scheme, &[p.industry, p.network], 20.0);
        }
    }

    #[test]
    fn compared_lines_keep_the_brand_colour_for_the_user_alone() {
        for (scheme, p) in SCHEMES {
            assert_eq!(p.compared(ComparedLine::Yours), p.you);
            let others: Vec<&str> = (0..8).map(|n| p.compared(ComparedLine::Other(n))).collect();
            assert!(!others.contains(&p.you), "{scheme}: {others:?}");
            assert_eq!(others[..4], p.others, "{scheme}: in turn");
            assert_eq!(others[4..], p.others, "{scheme}: then again");
            let mut lines = vec![p.you];
            lines.extend(p.others);
            assert_apart(scheme, &lines, 14.0);
        }
    }

    #[test]
    fn each_pillar_has_its_own_colour() {
        for (_, p) in SCHEMES {
            assert_eq!(p.overall(), p.series[0]);
            let pillars: Vec<&str> = Pillar::ALL.iter().map(|&x| p.pillar(x)).collect();
            assert_eq!(pillars, p.series[1..]);
        }
    }
}
