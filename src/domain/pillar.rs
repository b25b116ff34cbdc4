//! The four pillars of LinkedIn's Social Selling Index, each worth up to 25 points.

use serde::{Deserialize, Serialize};

/// One of the four components of the SSI, in the order LinkedIn's page shows them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Pillar {
    Brand,
    People,
    Insights,
    Relationships,
}

impl Pillar {
    pub const ALL: [Pillar; 4] = [
        Pillar::Brand,
        Pillar::People,
        Pillar::Insights,
        Pillar::Relationships,
    ];

    /// The most a pillar can score.
    pub const MAX: f64 = 25.0;

    /// Where the pillar stands in [`Pillar::ALL`], LinkedIn's order.
    pub fn index(self) -> usize {
        self as usize
    }

    /// A stable machine name (form field ids, CSV headers).
    pub fn key(self) -> &'static str {
        match self {
            Pillar::Brand => "brand",
            Pillar::People => "people",
            Pillar::Insights => "insights",
            Pillar::Relationships => "relationships",
        }
    }
}

/// The four pillar scores of one snapshot.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PillarScores {
    pub brand: f64,
    pub people: f64,
    pub insights: f64,
    pub relationships: f64,
}

impl PillarScores {
    pub fn get(&self, pillar: Pillar) -> f64 {
        match pillar {
            Pillar::Brand => self.brand,
            Pillar::People => self.people,
            Pillar::Insights => self.insights,
            Pillar::Relationships => self.relationships,
        }
    }

    pub fn set(&mut self, pillar: Pillar, value: f64) {
        match pillar {
            Pillar::Brand => self.brand = value,
            Pillar::People => self.people = value,
            Pillar::Insights => self.insights = value,
            Pillar::Relationships => self.relationships = value,
        }
    }

    pub fn sum(&self) -> f64 {
        Pillar::ALL.iter().map(|&p| self.get(p)).sum()
    }

    /// The lowest-scoring pillar; on a tie, the one LinkedIn lists first.
    pub fn weakest(&self) -> Pillar {
        Pillar::ALL
            .into_iter()
            .reduce(|a, b| if self.get(b) < self.get(a) { b } else { a })
            .unwrap_or(Pillar::Brand)
    }

    /// The highest-scoring pillar; on a tie, the one LinkedIn lists first.
    pub fn strongest(&self) -> Pillar {
        Pillar::ALL
            .into_iter()
            .reduce(|a, b| if self.get(b) > self.get(a) { b } else { a })
            .unwrap_or(Pillar::Brand)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scores(b: f64, p: f64, i: f64, r: f64) -> PillarScores {
        PillarScores {
            brand: b,
            people: p,
            insights: i,
            relationships: r,
        }
    }

    #[test]
    fn each_pillar_knows_its_place_in_linkedins_order() {
        for (i, pillar) in Pillar::ALL.into_iter().enumerate() {
            assert_eq!(pillar.index(), i, "{pillar:?}");
        }
    }

    #[test]
    fn weakest_and_strongest() {
        let s = scores(12.0, 6.0, 3.1, 15.0);
        assert_eq!(s.weakest(), Pillar::Insights);
        assert_eq!(s.strongest(), Pillar::Relationships);
        assert!((s.sum() - 36.1).abs() < 1e-9);
    }

    #[test]
    fn ties_go_to_the_first_listed_pillar() {
        let s = scores(5.0, 5.0, 5.0, 5.0);
        assert_eq!(s.weakest(), Pillar::Brand);
        assert_eq!(s.strongest(), Pillar::Brand);
    }

    #[test]
    fn get_and_set_address_the_same_field() {
        let mut s = PillarScores::default();
        for (i, p) in Pillar::ALL.into_iter().enumerate() {
            s.set(p, i as f64 + 1.0);
        }
        assert_eq!(s, scores(1.0, 2.0, 3.0, 4.0));
    }
}
