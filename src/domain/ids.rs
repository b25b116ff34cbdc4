//! The app's random ids: which outcome a value belongs to, which saved person is which. Ids are
//! drawn at random ([`IdSeed`]), never "highest + 1", so two tabs adding at the same moment
//! don't hand out the same id, and a removed one's id is not given to the next (an undo would
//! bring its data back under it).

use serde::{Deserialize, Serialize};

/// A source of ids. Pure and seeded, so the domain stays testable; the browser seeds it from
/// its random generator.
#[derive(Clone, Debug)]
pub struct IdSeed(u64);

impl IdSeed {
    pub fn new(seed: u64) -> Self {
        IdSeed(seed)
    }

    /// The next outcome id that `taken` doesn't refuse.
    pub fn next_id(&mut self, taken: impl Fn(OutcomeId) -> bool) -> OutcomeId {
        OutcomeId::draw(self, taken)
    }

    /// The next non-zero number that `taken` doesn't refuse (splitmix64; never 0, which old
    /// data may use): the draw behind every id.
    pub fn next_raw(&mut self, taken: impl Fn(u32) -> bool) -> u32 {
        loop {
            self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = self.0;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            let raw = (z ^ (z >> 31)) as u32;
            if raw != 0 && !taken(raw) {
                return raw;
            }
        }
    }
}

/// One kind of id: a number with a stable text form, drawn from an [`IdSeed`]. A macro rather
/// than a generic type, so each kind keeps its own name in stored data's types and messages.
macro_rules! random_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(
            Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
            Default,
        )]
        #[serde(transparent)]
        pub struct $name(u32);

        /// Any number names one; whether it is in use is its owner's business.
        impl From<u32> for $name {
            fn from(raw: u32) -> Self {
                $name(raw)
            }
        }

        impl $name {
            /// A stable text form, for element ids, keys and addresses.
            pub fn key(self) -> String {
                self.0.to_string()
            }

            /// The next id from `seed` that `taken` doesn't refuse.
            pub fn draw(seed: &mut IdSeed, taken: impl Fn($name) -> bool) -> $name {
                $name(seed.next_raw(|raw| taken($name(raw))))
            }
        }
    };
}

random_id!(
    /// Which outcome a value belongs to.
    OutcomeId
);

random_id!(
    /// Which saved person.
    PersonId
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_skip_taken_and_zero() {
        let mut seed = IdSeed::new(7);
        let (first, second) = (seed.next_id(|_| false), seed.next_id(|_| false));
        let mut again = IdSeed::new(7);
        assert_eq!(again.next_id(|id| id == first), second);
        assert_ne!(first, OutcomeId(0));
    }

    #[test]
    fn both_kinds_draw_the_same_numbers() {
        let outcome = OutcomeId::draw(&mut IdSeed::new(3), |_| false);
        let person = PersonId::draw(&mut IdSeed::new(3), |_| false);
        assert_eq!(outcome.key(), person.key());
    }
}
