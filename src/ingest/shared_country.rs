//! A country that the names of one group of a run share, printed once after the group's last
//! name: a run set apart into groups by semicolons, each group's last name closed by its
//! country after a preposition ("la CTB, Força Sindical, Nova Central y UGT de Brasil; la CGT,
//! CTAA y CTAT de Argentina; la CUT, CUT Auténtica y CNT de Paraguay; …"). Where two groups or
//! more end so, the run is grouped by country, and each group's country is every one of its
//! names' (CLDR names the country; the preposition is one of the reader's function words).

use super::gazetteer::Places;
use super::lexicon::{ARTICLES, function_word};

/// A country and its code, when it is one country.
type Country = (String, Option<String>);

/// The country each of a run's names (`items`, as found in `text`, in order) shares with its
/// group, for the names before each group's last (which prints it); None for the others, and
/// for all where the run is not grouped by country.
pub(super) fn shared_countries(
    text: &str,
    items: &[String],
    places: &Places,
) -> Vec<Option<Country>> {
    let mut out = vec![None; items.len()];
    let Some(groups) = groups(text, items) else {
        return out;
    };
    let closed: Vec<(&[usize], Country)> = groups
        .iter()
        .filter(|g| g.len() >= 2)
        .filter_map(|g| {
            let last = g.last().and_then(|&k| items.get(k))?;
            Some((g.as_slice(), country_after_preposition(last, places)?))
        })
        .collect();
    if closed.len() < 2 {
        return out;
    }
    for (group, country) in closed {
        for &k in group.split_last().map_or(&[][..], |(_, rest)| rest) {
            if let Some(slot) = out.get_mut(k) {
                *slot = Some(country.clone());
            }
        }
    }
    out
}

/// The run's groups (indexes into `items`): a semicolon after a name closes its group. None
/// when a name is not found in the text in its order, or no semicolon parts the run.
fn groups(text: &str, items: &[String]) -> Option<Vec<Vec<usize>>> {
    let mut groups: Vec<Vec<usize>> = vec![Vec::new()];
    let mut from = 0;
    for (k, item) in items.iter().enumerate() {
        let at = from + text.get(from..)?.find(item.as_str())?;
        from = at + item.len();
        groups.last_mut()?.push(k);
        let next = text.get(from..)?.trim_start().chars().next();
        if matches!(next, Some(';' | '\u{61B}')) {
            groups.push(Vec::new());
        }
    }
    groups.retain(|g| !g.is_empty());
    (groups.len() >= 2).then_some(groups)
}

/// The country a name ends with after a preposition in small letters ("UGT de Brasil", "CNT
/// of Paraguay"): one to three words CLDR names as a country or area.
fn country_after_preposition(name: &str, places: &Places) -> Option<Country> {
    let words: Vec<&str> = name.split_whitespace().collect();
    (1..=3).find_map(|n| {
        let at = words.len().checked_sub(n + 1).filter(|&a| a >= 1)?;
        let preposition = words.get(at)?;
        let small = preposition.chars().all(char::is_lowercase);
        if !small || !(function_word(preposition) || ARTICLES.contains(preposition)) {
            return None;
        }
        let place = words.get(at + 1..)?.join(" ");
        let place = place.trim_end_matches(['.', ',', ';']).to_owned();
        let code = places.lookup(&place)?;
        Some((place, code))
    })
}

/// The country a run's piece names alone, printed right after the name before it and a comma
/// ("… जनता समाजवादी पार्टी, नेपाल र …", "PADS, Algeria" as the corpus README reads it): the
/// name's country, not a name of its own. One country CLDR names in the page's language, after
/// a name that is no place (a run of places is read by [`super::runs`] as none).
pub(super) fn country_after_comma(
    text: &str,
    name: &str,
    piece: &str,
    places: &Places,
) -> Option<Country> {
    let place = piece.trim();
    let code = places.lookup(place)??;
    if places.lookup(name.trim()).is_some() {
        return None;
    }
    let after = text.get(text.find(name)? + name.len()..)?;
    let rest = after.trim_start_matches([',', '\u{60C}', '\u{3001}', '\u{FF0C}', ' ']);
    let between = after.get(..after.len() - rest.len())?;
    (between.contains([',', '\u{60C}', '\u{3001}', '\u{FF0C}']) && rest.starts_with(place))
        .then(|| (place.to_owned(), Some(code)))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Line 7 of tests/fixtures/ingest/real/ne-dhadingnews-gathbandhan-panch-dal-saat-bunde-
    /// sahamati, read by hand (its gold): "जनता समाजवादी पार्टी, नेपाल" is one party and its
    /// country (Nepal, as CLDR names it in Nepali); a country printed as a run's name after
    /// a place, or not after a comma, is no name's country.
    #[test]
    fn a_country_alone_after_a_name_and_a_comma_is_the_names() {
        let places = Places::new(&"ne".parse().unwrap_or_default(), None);
        let text = "सत्तारुढ गठबन्धनका दलहरु माओवादी केन्द्र, नेकपा एमाले,राष्ट्रिय स्वतन्त्र पार्टी, जनता समाजवादी पार्टी, नेपाल र नेकपा एसका बिचमा सात बुँदे सहमति भएको हो।";
        let country = country_after_comma(text, "जनता समाजवादी पार्टी", "नेपाल", &places);
        assert_eq!(country, Some(("नेपाल".to_owned(), Some("NP".to_owned()))));
        assert_eq!(
            country_after_comma(text, "राष्ट्रिय स्वतन्त्र पार्टी", "नेपाल", &places),
            None
        );
        let en = Places::new(&"en".parse().unwrap_or_default(), None);
        let text = "PADS, Algeria, Germany, Pakistan and Nepal";
        assert!(country_after_comma(text, "PADS", "Algeria", &en).is_some());
        assert_eq!(country_after_comma(text, "Algeria", "Germany", &en), None);
    }

    /// Line 3 of tests/fixtures/ingest/real/es-ctabuenosaires-acto-internacional-1-mayo-
    /// centrales-cono-sur, read by hand (its gold): the centrals present, grouped by country
    /// between semicolons, each group's country printed after its last name; the first group,
    /// one name, and the last, one name with its own country, share none. A run whose groups
    /// do not end with countries (or end so only once) shares none.
    #[test]
    fn a_groups_country_is_its_names() {
        let places = Places::new(&"es".parse().unwrap_or_default(), None);
        let text = "Se hicieron presentes representantes de la Central Sindical de las Américas (CSA); la CTB, Força Sindical, Nova Central y UGT de Brasil; la CGT, CTAA y CTAT de Argentina; la CUT, CUT Auténtica y CNT de Paraguay; y el Plenario Intersindical de Trabajadores (PIT-CNT) de Uruguay.";
        let items: Vec<String> = [
            "Central Sindical de las Américas (CSA)",
            "CTB",
            "Força Sindical",
            "Nova Central",
            "UGT de Brasil",
            "CGT",
            "CTAA",
            "CTAT de Argentina",
            "CUT",
            "CUT Auténtica",
            "CNT de Paraguay",
            "Plenario Intersindical de Trabajadores (PIT-CNT) de Uruguay",
        ]
        .map(str::to_owned)
        .to_vec();
        let countries = shared_countries(text, &items, &places);
        let shared: Vec<Option<&str>> = countries
            .iter()
            .map(|c| c.as_ref().map(|(name, _)| name.as_str()))
            .collect();
        let (br, ar, py) = (Some("Brasil"), Some("Argentina"), Some("Paraguay"));
        assert_eq!(
            shared,
            [None, br, br, br, None, ar, ar, None, py, py, None, None]
        );
        let code = countries
            .get(1)
            .cloned()
            .flatten()
            .and_then(|(_, code)| code);
        assert_eq!(code.as_deref(), Some("BR"));
        let once = "la CTB, Força Sindical y UGT de Brasil; la CGT, CTAA y CTAT";
        let items: Vec<String> = [
            "CTB",
            "Força Sindical",
            "UGT de Brasil",
            "CGT",
            "CTAA",
            "CTAT",
        ]
        .map(str::to_owned)
        .to_vec();
        assert!(
            shared_countries(once, &items, &places)
                .iter()
                .all(Option::is_none)
        );
    }
}
