//! Words that confirm what the page's structure found: which pillar a label names, and
//! whether a heading or sentence speaks of the industry, the network or an average.
//! They never decide alone: a page in a language missing here is read by its structure.

use crate::domain::pillar::Pillar;

/// Whose figures a part of the page shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    Member,
    Industry,
    Network,
}

// How a stem matches: `=word` only as a whole word; a stem in Latin, Greek or Cyrillic
// letters at the start of a word; a stem in any other script (CJK, Hangul, Arabic, Hebrew,
// Thai, Devanagari, Vietnamese: written without spaces, with attached articles, or in
// several words) anywhere in the text.
const INDUSTRY: &[&str] = &[
    "industr",
    "branche",
    "secteur",
    "settore",
    "sector",
    "setor",
    "sektör",
    "sektor",
    "branż",
    "bedrijfstak",
    "отрасл",
    "галуз",
    "業界",
    "行业",
    "行業",
    "产业",
    "產業",
    "업계",
    "산업",
    "قطاع",
    "صناع",
    "ענף",
    "תעשי",
    "bransch",
    "odvetv",
    "bransje",
    "toimiala",
    "odvětví",
    "iparág",
    "ngành",
    "อุตสาหกรรม",
    "उद्योग",
    "κλάδ",
];
const NETWORK: &[&str] = &[
    "network",
    "netzwerk",
    "réseau",
    "reseau",
    "=rete",
    "=red",
    "=rede",
    "netwerk",
    "sieć",
    "sieci",
    "=ağ",
    "ağın",
    "ağınız",
    "=сеть",
    "=сети",
    "сетев",
    "мереж",
    "ネットワーク",
    "人脉",
    "人脈",
    "네트워크",
    "인맥",
    "شبك",
    "רשת",
    "nätverk",
    "=sieti",
    "=sieť",
    "netværk",
    "nettverk",
    "verkosto",
    "=síť",
    "=síti",
    "=sítě",
    "rețea",
    "hálózat",
    "jaringan",
    "rangkaian",
    "=mạng",
    "เครือข่าย",
    "नेटवर्क",
    "δίκτυ",
];
const AVERAGE: &[&str] = &[
    "average",
    "durchschnitt",
    "moyenne",
    "=media",
    "=medio",
    "=média",
    "=médio",
    "promedio",
    "gemiddeld",
    "średni",
    "ortalama",
    "средн",
    "平均",
    "평균",
    "متوسط",
    "ממוצע",
    "genomsnitt",
    "priemer",
    "gennemsnit",
    "gjennomsnit",
    "keskiarvo",
    "keskimäär",
    "průměr",
    "=medie",
    "átlag",
    "=rata",
    "purata",
    "trung bình",
    "เฉลี่ย",
    "औसत",
    "μέσ",
    "середн",
];
const PILLARS: [(Pillar, &[&str]); 4] = [
    (
        Pillar::Brand,
        &[
            "brand",
            "marca",
            "marque",
            "marke",
            "=merk",
            "marki",
            "marka",
            "бренд",
            "ブランド",
            "品牌",
            "브랜드",
            "علام",
            "מותג",
            "varumärke",
            "brändi",
            "značk",
            "márka",
            "merek",
            "jenama",
            "thương hiệu",
            "แบรนด์",
            "ब्रांड",
            "επωνυμ",
            "μάρκα",
        ],
    ),
    (
        Pillar::People,
        &[
            "people",
            "pessoas",
            "personas",
            "personnes",
            "personen",
            "persone",
            "mensen",
            "osób",
            "osob",
            "kişi",
            "люде",
            "людей",
            "人材",
            "合适的人",
            "適切な人",
            "인재",
            "사람",
            "أشخاص",
            "אנשים",
            "personer",
            "henkilö",
            "ihmis",
            "=lidi",
            "persoan",
            "ember",
            "személy",
            "=orang",
            "người",
            "บุคคล",
            "लोग",
            "άτομα",
            "ανθρώπ",
        ],
    ),
    (
        Pillar::Insights,
        &[
            "insight",
            "einblick",
            "informa",
            "inzicht",
            "spostrzeż",
            "wiedz",
            "öngörü",
            "информац",
            "инсайт",
            "インサイト",
            "见解",
            "見解",
            "洞察",
            "인사이트",
            "رؤى",
            "תובנ",
            "insikt",
            "indsigt",
            "innsikt",
            "näkemy",
            "oivallu",
            "poznatk",
            "přehled",
            "perspectiv",
            "meglátás",
            "betekint",
            "wawasan",
            "pandangan",
            "thông tin",
            "ข้อมูลเชิงลึก",
            "इनसाइट",
            "γνώσ",
            "πληροφορ",
            "інформац",
            "аналіт",
        ],
    ),
    (
        Pillar::Relationships,
        &[
            "relationship",
            "relacion",
            "relações",
            "relations",
            "beziehung",
            "relazion",
            "relatie",
            "relacj",
            "ilişki",
            "отношен",
            "関係",
            "关系",
            "關係",
            "관계",
            "علاق",
            "קשר",
            "relation",
            "relasjon",
            "suhte",
            "vztah",
            "relați",
            "kapcsolat",
            "hubungan",
            "quan hệ",
            "ความสัมพันธ์",
            "संबंध",
            "σχέσ",
            "стосунк",
            "відносин",
        ],
    ),
];

/// Lower-case words; Turkish "İ" lower-cases to "i" plus a combining dot, which goes.
fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase().replace('\u{307}', ""))
}

/// Latin, Greek and Cyrillic words are separated by spaces; other scripts may not be, and a
/// stem of several words ("trung bình") is looked for as written.
fn spaced_script(stem: &str) -> bool {
    stem.chars().all(|c| (c as u32) < 0x0590 && c != ' ')
}

/// A text prepared once for matching against many stems.
struct Prepared {
    lower: String,
    words: Vec<String>,
}

impl Prepared {
    fn new(text: &str) -> Self {
        Prepared {
            lower: text.to_lowercase(),
            words: words(text).collect(),
        }
    }

    fn has_stem(&self, stems: &[&str]) -> bool {
        stems.iter().any(|stem| {
            if let Some(word) = stem.strip_prefix('=') {
                self.words.iter().any(|w| w == word)
            } else if spaced_script(stem) {
                self.words.iter().any(|w| w.starts_with(stem))
            } else {
                self.lower.contains(stem)
            }
        })
    }
}

/// The peer group a text names, when it names exactly one.
pub fn scope_of(text: &str) -> Option<Scope> {
    let text = Prepared::new(text);
    match (text.has_stem(INDUSTRY), text.has_stem(NETWORK)) {
        (true, false) => Some(Scope::Industry),
        (false, true) => Some(Scope::Network),
        _ => None,
    }
}

/// The pillar a label names, when it names exactly one.
pub fn pillar_of(text: &str) -> Option<Pillar> {
    let text = Prepared::new(text);
    let mut found = PILLARS.iter().filter(|(_, stems)| text.has_stem(stems));
    match (found.next(), found.next()) {
        (Some((pillar, _)), None) => Some(*pillar),
        _ => None,
    }
}

/// Whether a text speaks of an average ("average SSI of 30", "SSI médio de 30").
pub fn mentions_average(text: &str) -> bool {
    Prepared::new(text).has_stem(AVERAGE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_word_stems_do_not_match_inside_words() {
        assert_eq!(scope_of("shared with the red team"), Some(Scope::Network));
        assert_eq!(scope_of("considered shared"), None);
        // Spanish "redes sociales" (social networks) is the product's name, not the network.
        assert_eq!(scope_of("Índice de ventas con las redes sociales"), None);
    }

    #[test]
    fn scripts_without_spaces_match_inside_the_text() {
        assert_eq!(pillar_of("プロとしてのブランドを確立"), Some(Pillar::Brand));
        assert_eq!(pillar_of("بناء العلاقات"), Some(Pillar::Relationships));
        assert_eq!(scope_of("業界のSSIランク"), Some(Scope::Industry));
    }

    #[test]
    fn a_label_naming_two_pillars_names_none() {
        assert_eq!(pillar_of("brand and people"), None);
        assert_eq!(
            pillar_of("Durch Einblicke Interesse wecken"),
            Some(Pillar::Insights)
        );
    }
}
