//! A printed entry compared with the organization it names, once: what reconciling reports
//! ([`EntryMatch::differences`](super::EntryMatch::differences)) and what the audit's
//! `spelling` findings are made of.

use std::fmt;

use serde::Serialize;

use crate::find::similarity::misspelled;
use crate::ingest::ParsedEntry;
use crate::organization::Organization;
use crate::text::quoted;

/// A part of a printed entry.
///
/// ```
/// use signatories::reconcile::Field;
/// assert_eq!(Field::Transliteration.to_string(), "transliteration");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Field {
    /// The acronym.
    Acronym,
    /// The name, as the organization writes it.
    Name,
    /// The name in Latin letters.
    Transliteration,
    /// The name in the edition's language.
    Translation,
    /// The country.
    Country,
}

impl Field {
    /// The part's name, as differences say it: `acronym`, `name`, `transliteration`,
    /// `translation`, `country`.
    pub fn as_str(self) -> &'static str {
        match self {
            Field::Acronym => "acronym",
            Field::Name => "name",
            Field::Transliteration => "transliteration",
            Field::Translation => "translation",
            Field::Country => "country",
        }
    }
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How a printed entry differs from the organization it was matched with (or, for an
/// ambiguous entry, why it was not matched fuzzily). `Display` says it in a line of English;
/// in JSON a difference is that line.
///
/// ```
/// use signatories::ingest::{ParseOptions, parse};
/// use signatories::reconcile::{Difference, reconcile};
/// let registry = signatories::seed::registry()?;
/// // The acronym finds the organization; its name is printed with a letter missing.
/// let list = parse(
///     "Signatories:\n1. MLPD Marxistisch-Leninistiche Partei Deutschlands, Germany\n",
///     &ParseOptions::default(),
/// );
/// let m = &reconcile(&registry, &list)[0];
/// assert_eq!(m.id.as_deref(), Some("mlpd"));
/// let [Difference::Name { misspells, .. }] = m.differences.as_slice() else {
///     panic!("{:?}", m.differences)
/// };
/// assert_eq!(misspells.as_deref(), Some("Marxistisch-Leninistische Partei Deutschlands"));
/// assert_eq!(
///     m.differences[0].to_string(),
///     "name printed \"Marxistisch-Leninistiche Partei Deutschlands\", \
///      registry has \"Marxistisch-Leninistische Partei Deutschlands\""
/// );
/// # Ok::<(), signatories::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Difference {
    /// An acronym none of the organization's is.
    #[non_exhaustive]
    Acronym {
        /// The acronym printed.
        printed: String,
        /// The organization's first acronym; none when it has none.
        registry: Option<String>,
    },
    /// A name none of the organization's names is.
    #[non_exhaustive]
    Name {
        /// The name printed.
        printed: String,
        /// The organization's own name (its first original name, else its first name).
        registry: Option<String>,
        /// The organization's acronym or name that the printed name misspells (it is at least
        /// as alike as a typo is); none for another wording.
        misspells: Option<String>,
    },
    /// A transliteration or translation none of the organization's names is.
    #[non_exhaustive]
    NotInRegistry {
        /// [`Field::Transliteration`] or [`Field::Translation`].
        field: Field,
        /// The text printed.
        printed: String,
        /// The organization's acronym or name that the text misspells; none for a wording the
        /// registry lacks.
        misspells: Option<String>,
    },
    /// A country (ISO 3166-1 code) the organization is not in.
    #[non_exhaustive]
    Country {
        /// The code printed.
        printed: String,
        /// The organization's places (country codes and area ids), none when it has none.
        registry: Vec<String>,
    },
    /// A part written in several scripts (UTS #39): it may imitate another organization's.
    #[non_exhaustive]
    MixedScripts {
        /// The part.
        field: Field,
        /// The scripts it mixes (ISO 15924 codes).
        scripts: Vec<String>,
    },
}

impl Difference {
    /// The part of the entry that differs.
    ///
    /// ```
    /// # use signatories::ingest::{ParseOptions, parse};
    /// # use signatories::reconcile::{Field, reconcile};
    /// # let registry = signatories::seed::registry()?;
    /// let list = parse("Signatories:\n1. MLPD Marxistisch-Leninistische Partei Deutschlands, France\n", &ParseOptions::default());
    /// let m = &reconcile(&registry, &list)[0];
    /// assert_eq!(m.differences[0].field(), Field::Country);
    /// assert_eq!(m.differences[0].to_string(), "country printed FR, registry has DE");
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn field(&self) -> Field {
        match self {
            Difference::Acronym { .. } => Field::Acronym,
            Difference::Name { .. } => Field::Name,
            Difference::Country { .. } => Field::Country,
            Difference::NotInRegistry { field, .. } | Difference::MixedScripts { field, .. } => {
                *field
            }
        }
    }

    /// How `e` differs from `org`: its acronym, name, translation, transliteration and country,
    /// in that order, each compared once.
    pub(crate) fn between(org: &Organization, e: &ParsedEntry) -> Vec<Difference> {
        let mut out = Vec::new();
        if let Some(a) = &e.acronym
            && !org.acronyms.iter().any(|x| x.text == *a)
        {
            out.push(Difference::Acronym {
                printed: a.clone(),
                registry: org.acronym().map(|x| x.text.clone()),
            });
        }
        let has = |text: &str| org.names.iter().any(|n| n.text == text);
        if let Some(n) = e.name.as_ref().filter(|n| !has(n)) {
            out.push(Difference::Name {
                printed: n.clone(),
                registry: org
                    .originals()
                    .next()
                    .or(org.names.first())
                    .map(|x| x.text.clone()),
                misspells: misspelled(n, org.texts()).map(str::to_owned),
            });
        }
        for (field, t) in [
            (Field::Translation, &e.translation),
            (Field::Transliteration, &e.transliteration),
        ] {
            if let Some(t) = t.as_ref().filter(|t| !has(t)) {
                out.push(Difference::NotInRegistry {
                    field,
                    printed: t.clone(),
                    misspells: misspelled(t, org.texts()).map(str::to_owned),
                });
            }
        }
        if let Some(code) = &e.country_code
            && !org
                .countries
                .iter()
                .any(|p| p.as_str().eq_ignore_ascii_case(code))
        {
            out.push(Difference::Country {
                printed: code.clone(),
                registry: org
                    .countries
                    .iter()
                    .map(|p| p.as_str().to_owned())
                    .collect(),
            });
        }
        out
    }

    /// The parts of `e` that mix scripts (UTS #39).
    pub(crate) fn mixed_scripts(e: &ParsedEntry) -> Vec<Difference> {
        [
            (Field::Acronym, &e.acronym),
            (Field::Name, &e.name),
            (Field::Translation, &e.translation),
            (Field::Transliteration, &e.transliteration),
        ]
        .into_iter()
        .filter_map(|(field, t)| {
            let scripts = crate::text::mixed_scripts(t.as_deref()?)?;
            Some(Difference::MixedScripts { field, scripts })
        })
        .collect()
    }
}

impl fmt::Display for Difference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Difference::Acronym { printed, registry } => write!(
                f,
                "acronym printed {}, registry has {}",
                quoted(printed),
                quoted(registry.as_deref().unwrap_or(""))
            ),
            Difference::Name {
                printed, registry, ..
            } => write!(
                f,
                "name printed {}, registry has {}",
                quoted(printed),
                quoted(registry.as_deref().unwrap_or(""))
            ),
            Difference::NotInRegistry { field, printed, .. } => {
                write!(f, "{field} {} is not in the registry", quoted(printed))
            }
            Difference::Country { printed, registry } => write!(
                f,
                "country printed {printed}, registry has {}",
                registry.join(" / ")
            ),
            Difference::MixedScripts { field, scripts } => write!(
                f,
                "{field} mixes scripts ({}): it may imitate another",
                scripts.join(", ")
            ),
        }
    }
}

/// As its line of English, the form `differences` had in JSON before they were typed.
impl Serialize for Difference {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}
