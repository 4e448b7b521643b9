//! The languages the reader knows from CLDR: the locales of ICU4X's compiled data, read from
//! the data itself, not from a table. ICU4X's baked data answers requests for any locale (by
//! fallback) but does not list the locales it holds through the components' constructors; its
//! data crates' macros, given `ITER`, implement `IterableDataProvider`, which does. The
//! exemplar characters (the letters a language is written with, `icu_locale_data`) are the
//! set: a language whose letters CLDR knows is one whose words, months and country names the
//! reader can look for.

use icu_provider::IterableDataProvider;
use std::sync::OnceLock;
use unic_langid::LanguageIdentifier;

/// ICU4X's compiled exemplar-character data, with the iteration of its identifiers.
#[derive(Debug)]
struct ExemplarData;

#[allow(unused_imports)]
const _: () = {
    use icu_locale_data::*;
    /// The paths the data's macros name.
    pub mod icu {
        pub use icu_collections as collections;
        pub use icu_locale as locale;
    }
    make_provider!(ExemplarData);
    impl_locale_exemplar_characters_main_v1!(ExemplarData, ITER);
};

/// The locales whose exemplar characters ICU4X's compiled CLDR data holds, each once, in the
/// data's order (sorted by tag): regional variants with letters of their own ("sr-Latn",
/// "zh-Hant", "pa-Arab") are locales of their own; `und` is not one. Read once.
pub(super) fn cldr_locales() -> &'static [LanguageIdentifier] {
    static LOCALES: OnceLock<Vec<LanguageIdentifier>> = OnceLock::new();
    LOCALES.get_or_init(|| {
        let ids =
            IterableDataProvider::<icu_locale::provider::LocaleExemplarCharactersMainV1>::iter_ids(
                &ExemplarData,
            )
            .unwrap_or_default();
        let mut out: Vec<LanguageIdentifier> = ids
            .iter()
            .filter(|id| !id.locale.is_unknown())
            .filter_map(|id| id.locale.to_string().parse().ok())
            .collect();
        out.dedup();
        out
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use icu_provider::prelude::*;

    #[test]
    fn the_locales_are_those_of_the_data() {
        let all: Vec<String> = cldr_locales().iter().map(ToString::to_string).collect();
        // Languages of the real corpus that CLDR gives letters for (Faroese, Scottish Gaelic,
        // Luxembourgish, Maltese, Occitan, Yoruba: ICU4C names countries in each,
        // `node icu-oracle.mjs region fo DE` → "Týskland"), and locales of their own script.
        for tag in [
            "fo", "gd", "lb", "mt", "oc", "yo", "en", "sr-Latn", "zh-Hant",
        ] {
            assert!(all.iter().any(|t| t == tag), "{tag}");
        }
        assert!(!all.iter().any(|t| t == "und"));
        // Each is a locale the data holds letters for itself, not through fallback to
        // another (the provider says where data came from when it fell back).
        for l in cldr_locales() {
            let Ok(locale) = icu_locale::Locale::try_from_str(&l.to_string()) else {
                panic!("{l}");
            };
            let data: DataLocale = (&locale).into();
            let req = DataRequest {
                id: DataIdentifierBorrowed::for_locale(&data),
                ..Default::default()
            };
            let got: Result<DataResponse<icu_locale::provider::LocaleExemplarCharactersMainV1>, _> =
                ExemplarData.load(req);
            assert!(got.is_ok_and(|r| r.metadata.locale.is_none()), "{l}");
        }
    }
}
#[cfg(test)]
mod debug_red {
    #[test]
    fn red() {
        let c = crate::find::primary_collator();
        let key = |s: &str| {
            let mut k = Vec::new();
            let Ok(()) = c.write_sort_key_to(s, &mut k);
            k
        };
        for l in super::cldr_locales() {
            let loc = icu_locale::Locale::try_from_str(&l.to_string()).unwrap();
            for code in crate::locale::iso_3166_1() {
                if let Some(n) = crate::locale::region_name_in(&loc, code) {
                    for w in [
                        "Phillipines",
                        "Sweeden",
                        "Kommunistiska Partiet",
                        "Philippines",
                    ] {
                        if key(&n) == key(w) {
                            println!("{l} {code} {n}");
                        }
                    }
                }
            }
        }
    }
}
