//! The snapshot form's fields: their names, what each takes, and why one was refused.

use super::super::number::DecimalMark;
use super::super::pillar::Pillar;
use super::date::TypedDateError;

/// The longest note, in characters.
pub const MAX_NOTE_CHARS: usize = 500;
/// The longest industry name, in characters.
pub const MAX_INDUSTRY_CHARS: usize = 100;

/// A field of the snapshot form, named the way the user sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    Date,
    Overall,
    Pillar(Pillar),
    IndustryRank,
    NetworkRank,
    IndustryAvg,
    NetworkAvg,
    Industry,
    Note,
}

impl Field {
    /// Every field, in form order.
    pub const ALL: [Field; 12] = [
        Field::Date,
        Field::Overall,
        Field::Pillar(Pillar::Brand),
        Field::Pillar(Pillar::People),
        Field::Pillar(Pillar::Insights),
        Field::Pillar(Pillar::Relationships),
        Field::IndustryRank,
        Field::NetworkRank,
        Field::IndustryAvg,
        Field::NetworkAvg,
        Field::Industry,
        Field::Note,
    ];

    /// A stable machine name (form ids, CSV headers).
    pub fn key(self) -> &'static str {
        match self {
            Field::Date => "date",
            Field::Overall => "overall",
            Field::Pillar(p) => p.key(),
            Field::IndustryRank => "industry_rank",
            Field::NetworkRank => "network_rank",
            Field::IndustryAvg => "industry_avg",
            Field::NetworkAvg => "network_avg",
            Field::Industry => "industry",
            Field::Note => "note",
        }
    }

    /// What the field takes, so the form can offer the right input, keyboard and length limit.
    pub fn input_kind(self) -> InputKind {
        match self {
            Field::Date => InputKind::Date,
            Field::Overall | Field::Pillar(_) | Field::IndustryAvg | Field::NetworkAvg => {
                InputKind::Decimal
            }
            Field::IndustryRank | Field::NetworkRank => InputKind::WholeNumber,
            Field::Industry => InputKind::Text {
                max_chars: MAX_INDUSTRY_CHARS,
            },
            Field::Note => InputKind::LongText {
                max_chars: MAX_NOTE_CHARS,
            },
        }
    }
}

/// What a form field takes. Text kinds carry the limit validation enforces, so the input can
/// stop typing there instead of refusing on save.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputKind {
    Date,
    /// A score: digits with a point or a comma.
    Decimal,
    /// A rank: digits only.
    WholeNumber,
    /// One line of text.
    Text {
        max_chars: usize,
    },
    /// A few lines of text.
    LongText {
        max_chars: usize,
    },
}

/// Why one field was refused: the field, and what is wrong with its value (worded by
/// `i18n::entry::field_problem`, in English by `Display`).
#[derive(Clone, Debug, PartialEq)]
pub struct FieldError {
    pub field: Field,
    pub problem: FieldProblem,
}

/// What is wrong with a field's value.
#[derive(Clone, Debug, PartialEq)]
pub enum FieldProblem {
    /// Left empty, and it takes a value from 0 to `max`.
    Required {
        max: f64,
    },
    Negative,
    /// Not a number; `mark` is the decimal mark of the example to show.
    NotANumber {
        mark: DecimalMark,
    },
    /// `text` could be read two ways; its decimals belong after `mark`.
    Ambiguous {
        text: String,
        mark: DecimalMark,
    },
    TooManyDecimals,
    /// Outside 0 to `max`.
    OutOfRange {
        max: f64,
    },
    /// A rank that is not a whole number from 1 to 100.
    NotARank,
    TooLong {
        max_chars: usize,
    },
    /// A peer group's average of `pillar` outside 0 to [`Pillar::MAX`].
    PeerPillarOutOfRange(Pillar),
    /// The typed date was refused.
    Date(TypedDateError),
}

impl FieldError {
    pub fn new(field: Field, problem: FieldProblem) -> Self {
        FieldError { field, problem }
    }
}
