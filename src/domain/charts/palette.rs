//! The charts' colours for the light and dark page schemes, kept apart from the chart rules.

/// Colours that follow the page's light or dark scheme.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChartPalette {
    pub text: &'static str,
    pub grid: &'static str,
    pub tooltip_background: &'static str,
    /// Overall first, then the pillars in LinkedIn's order; also used for people compared.
    pub series: [&'static str; 5],
    pub note: &'static str,
}

impl ChartPalette {
    pub const LIGHT: ChartPalette = ChartPalette {
        text: "#3d4451",
        grid: "#e3e6eb",
        tooltip_background: "#ffffff",
        series: ["#0a66c2", "#c2410c", "#15803d", "#7c3aed", "#b91c1c"],
        note: "#a16207",
    };
    pub const DARK: ChartPalette = ChartPalette {
        text: "#c9d1dc",
        grid: "#2f3542",
        tooltip_background: "#1d222b",
        series: ["#5aa9f5", "#fb923c", "#4ade80", "#a78bfa", "#f87171"],
        note: "#facc15",
    };

    pub fn for_scheme(dark: bool) -> Self {
        if dark {
            Self::DARK
        } else {
            Self::LIGHT
        }
    }
}
