//! The closed vocabularies of the input contract. Each is a Rust enum (so the
//! later stages match on it exhaustively); the words a user may write for each
//! value come from `fixtures/reference/vocabularies.csv`, and a test checks
//! that the file and the enums name the same keys.

use std::collections::HashMap;
use std::sync::LazyLock;

use serde::Serialize;

use crate::reference::{REFUSAL_GROUNDS, RefusalGroundInfo, VISA_CATEGORIES, VisaCategoryInfo};
use crate::text::fold;

/// One row of `vocabularies.csv`.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct Term {
    pub vocabulary: String,
    pub key: String,
    /// Russian words, alternatives separated by `|`; the first is the display name.
    pub ru: String,
    /// Kazakh words, likewise.
    pub kk: String,
}

impl Term {
    pub fn name_ru(&self) -> &str {
        self.ru.split('|').next().unwrap_or(&self.ru)
    }
    pub fn name_kk(&self) -> &str {
        self.kk.split('|').next().unwrap_or(&self.kk)
    }

    /// The term as a reader of `lang` names it: its key in English, its
    /// first Russian or Kazakh word.
    pub fn name(&self, lang: crate::lang::Lang) -> &str {
        lang.pick(self.key.as_str(), self.name_ru(), self.name_kk())
    }
}

pub static TERMS: LazyLock<Vec<Term>> = LazyLock::new(|| {
    crate::reference::parse_csv(include_str!("../fixtures/reference/vocabularies.csv"))
});

/// A map of words, hashed with foldhash: every vocabulary cell of every
/// row is looked up twice, and SipHash showed in the checking's profile.
type Fast<K, V> = HashMap<K, V, foldhash::fast::RandomState>;

/// vocabulary → word → key, for every key and every Russian and Kazakh
/// word, both as written in the vocabulary file and folded.
static WORDS: LazyLock<Fast<&'static str, Fast<String, &'static str>>> = LazyLock::new(|| {
    let mut map: Fast<&'static str, Fast<String, &'static str>> = Fast::default();
    for term in TERMS.iter() {
        let words = std::iter::once(term.key.as_str())
            .chain(term.ru.split('|'))
            .chain(term.kk.split('|'));
        let entry = map.entry(term.vocabulary.as_str()).or_default();
        for word in words {
            entry.insert(word.to_string(), term.key.as_str());
            entry.insert(fold(word), term.key.as_str());
        }
    }
    map
});

/// The key a user's word stands for in `vocabulary`, if any. A word written
/// exactly as in the vocabulary (the common case) is found without folding.
pub fn lookup(vocabulary: &str, word: &str) -> Option<&'static str> {
    let words = WORDS.get(vocabulary)?;
    words
        .get(word.trim())
        .or_else(|| words.get(&fold(word)))
        .copied()
}

/// The words of `vocabulary` a message in `lang` lists as allowed: the
/// keys in English, the first Russian or Kazakh word of each term (every
/// word of the three is read).
pub fn words(vocabulary: &str, lang: crate::lang::Lang) -> Vec<&'static str> {
    TERMS
        .iter()
        .filter(|t| t.vocabulary == vocabulary)
        .map(|t| t.name(lang))
        .collect()
}

/// The term of `key` in `vocabulary`.
pub fn term(vocabulary: &str, key: &str) -> Option<&'static Term> {
    TERMS
        .iter()
        .find(|t| t.vocabulary == vocabulary && t.key == key)
}

/// A closed vocabulary of the contract, backed by an enum.
pub trait Vocabulary: Sized + Copy + 'static {
    /// Its name in `vocabularies.csv` (the column key, e.g. `service`).
    const NAME: &'static str;
    const ALL: &'static [Self];
    fn key(self) -> &'static str;

    fn parse(word: &str) -> Option<Self> {
        let key = lookup(Self::NAME, word)?;
        Self::ALL.iter().copied().find(|v| v.key() == key)
    }
    fn term(self) -> &'static Term {
        term(Self::NAME, self.key()).expect("every vocabulary key is in vocabularies.csv (tested)")
    }
}

macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident = $vocab:literal { $($variant:ident = $key:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($variant),+ }

        impl Vocabulary for $name {
            const NAME: &'static str = $vocab;
            const ALL: &'static [Self] = &[$(Self::$variant),+];
            fn key(self) -> &'static str {
                match self { $(Self::$variant => $key),+ }
            }
        }

        impl Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.key())
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.key())
            }
        }
    };
}

vocabulary!(
    /// The public service a case is about.
    Service = "service" { VisaIssue = "visa-issue", VisaExtend = "visa-extend", IdDocument = "id-document" }
);
vocabulary!(
    /// The result of a case (`result` column).
    Outcome = "result" { Granted = "granted", Refused = "refused", Pending = "pending" }
);
vocabulary!(
    /// Who applied.
    ApplicantKind = "applicant_kind" {
        Individual = "individual",
        LegalEntity = "legal-entity",
        DiplomaticMission = "diplomatic-mission",
        ConsularOffice = "consular-office",
        InternationalOrg = "international-org",
    }
);
vocabulary!(
    /// Visa categories of item 6 of the standard.
    VisaCategory = "visa_category" {
        Medical = "medical",
        PermanentResidence = "permanent-residence",
        Exit = "exit",
        Study = "study",
        Work = "work",
        Business = "business",
        Private = "private",
        Tourist = "tourist",
        Missionary = "missionary",
        Transit = "transit",
    }
);
vocabulary!(
    /// Grounds of refusal (items 6, 11 and 16 of the standard).
    RefusalGround = "refusal_ground" {
        CriminalCase = "criminal-case",
        Convicted = "convicted",
        CourtObligations = "court-obligations",
        PropertyObligations = "property-obligations",
        NotExtendable = "not-extendable",
        AlreadyExtended = "already-extended",
        ApplicantNotEligible = "applicant-not-eligible",
        DocumentsIncomplete = "documents-incomplete",
        NoGrounds = "no-grounds",
    }
);
vocabulary!(
    /// Documents accepted with an application.
    Document = "document" {
        Application = "application",
        Passport = "passport",
        FeeReceipt = "fee-receipt",
        Invitation = "invitation",
        MedicalLetter = "medical-letter",
        StudyLetter = "study-letter",
        WorkPermit = "work-permit",
        PowerOfAttorney = "power-of-attorney",
        Other = "other",
    }
);
vocabulary!(
    /// How a complaint was filed (item 21 of the standard).
    Channel = "channel" { Post = "post", Email = "email", InPerson = "in-person" }
);
vocabulary!(
    /// What a complaint is about.
    Subject = "subject" { Rudeness = "rudeness", Deadline = "deadline", Refusal = "refusal", Other = "other" }
);

vocabulary!(
    /// To whom the result was handed (item 15 of the standard): the
    /// consumer in person, or a person authorised by a power of attorney.
    IssuedTo = "issued_to" { Consumer = "consumer", Proxy = "proxy" }
);
vocabulary!(
    /// The exceptional cases in which item 6 (last paragraph) allows an
    /// extension without documents confirming the need to stay longer.
    ExceptionalGround = "exceptional_grounds" {
        Illness = "illness",
        ForceMajeure = "force-majeure",
        Emergency = "emergency",
    }
);
vocabulary!(
    /// Why an electronic formular was returned without documents being made
    /// (item 40 of the order on formulars).
    ReturnReason = "formular_returned" {
        PhotoMismatch = "photo-mismatch",
        DataMismatch = "data-mismatch",
        CodeMismatch = "code-mismatch",
        PoorGraphics = "poor-graphics",
    }
);
vocabulary!(
    /// Who filed a complaint (item 24 asks different things of each).
    ComplainantKind = "complainant_kind" { Individual = "individual", LegalEntity = "legal-entity" }
);

impl Service {
    pub fn is_visa(self) -> bool {
        matches!(self, Service::VisaIssue | Service::VisaExtend)
    }
}

impl VisaCategory {
    /// The category's entry in `visa_categories.csv`, which lists every
    /// category of this vocabulary (tested in `reference`).
    pub fn info(self) -> &'static VisaCategoryInfo {
        VISA_CATEGORIES
            .iter()
            .find(|c| c.key == self.key())
            .expect("every category is in visa_categories.csv (tested)")
    }
}

impl RefusalGround {
    /// The ground's entry in `refusal_grounds.csv` (its meaning and the
    /// item it rests on), which lists every ground (tested in `reference`).
    pub fn info(self) -> &'static RefusalGroundInfo {
        REFUSAL_GROUNDS
            .iter()
            .find(|g| g.key == self.key())
            .expect("every ground is in refusal_grounds.csv (tested)")
    }
}

impl Document {
    /// The documents item 11 of the standard requires for every visa case.
    pub const ITEM_11: [Document; 3] = [
        Document::Application,
        Document::Passport,
        Document::FeeReceipt,
    ];
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys_of<V: Vocabulary>() -> (Vec<&'static str>, Vec<String>) {
        let code: Vec<_> = V::ALL.iter().map(|v| v.key()).collect();
        let file: Vec<_> = TERMS
            .iter()
            .filter(|t| t.vocabulary == V::NAME)
            .map(|t| t.key.clone())
            .collect();
        (code, file)
    }

    #[test]
    fn every_enum_matches_its_vocabulary_file() {
        fn same<V: Vocabulary>() {
            let (code, file) = keys_of::<V>();
            assert_eq!(code, file, "vocabulary {}", V::NAME);
        }
        same::<Service>();
        same::<Outcome>();
        same::<ApplicantKind>();
        same::<VisaCategory>();
        same::<RefusalGround>();
        same::<Document>();
        same::<Channel>();
        same::<Subject>();
        same::<IssuedTo>();
        same::<ExceptionalGround>();
        same::<ReturnReason>();
        same::<ComplainantKind>();
    }

    #[test]
    fn words_in_three_languages_and_any_case() {
        assert_eq!(Service::parse("Выдача визы"), Some(Service::VisaIssue));
        assert_eq!(Service::parse("ВИЗАНЫ ҰЗАРТУ"), Some(Service::VisaExtend));
        assert_eq!(Service::parse("id-document"), Some(Service::IdDocument));
        assert_eq!(Outcome::parse("продлено"), Some(Outcome::Granted));
        assert_eq!(Outcome::parse("ұзартылды"), Some(Outcome::Granted));
        assert_eq!(VisaCategory::parse("ЕАВ"), Some(VisaCategory::Medical));
        assert_eq!(VisaCategory::parse("на учёбу"), Some(VisaCategory::Study));
        assert_eq!(Channel::parse("Эл.  почта"), Some(Channel::Email));
        assert_eq!(Service::parse("visa"), None);
        assert_eq!(IssuedTo::parse("Сенімхат бойынша"), Some(IssuedTo::Proxy));
        assert_eq!(
            ExceptionalGround::parse("чрезвычайная  ситуация"),
            Some(ExceptionalGround::Emergency)
        );
        assert_eq!(
            ReturnReason::parse("некачественная графическая информация"),
            Some(ReturnReason::PoorGraphics)
        );
        assert_eq!(
            ComplainantKind::parse("заңды тұлға"),
            Some(ComplainantKind::LegalEntity)
        );
    }

    #[test]
    fn item_11_documents_are_the_first_three() {
        assert_eq!(&Document::ALL[..3], &Document::ITEM_11);
    }
}
