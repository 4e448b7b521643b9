//! The kind a name ends with ("… Union", "…工會"), and whether the names of a run name
//! organizations by their form.

use super::words::cased_capital;
use crate::ingest::enclosed::SHARED_KIND_LETTERS;
use crate::ingest::script::{
    han, han_or_kana, holds_acronym, phrase_spaced, syllabic_acronym, uncased,
};

/// How many names of a run end with the word that ends another of its names, a capitalized
/// word of three letters or more, or any such word in a script without case: the kind of
/// organization the names share ("Communication Workers Union", "Fire Brigades Union",
/// "Musicians Union"; "የቅማንት ዴሞክራሲያዊ ፓርቲ", "የካፋ አረንጓዴ ፓርቲ"), which shows them to name
/// organizations as an acronym does.
pub(in crate::ingest) fn sharing_kind<S: AsRef<str>>(items: &[S]) -> usize {
    let kind = |t: &S| {
        t.as_ref()
            .split_whitespace()
            .last()
            .filter(|w| {
                (uncased(w) || cased_capital(w))
                    && w.chars().filter(|c| c.is_alphabetic()).count() >= 3
            })
            .map(|w| han_kind(w).unwrap_or_else(|| kind_word(w)))
    };
    let mut counts: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for k in items.iter().filter_map(kind) {
        *counts.entry(k).or_default() += 1;
    }
    items
        .iter()
        .filter(|t| !holds_acronym(t.as_ref()))
        .filter_map(kind)
        .filter(|k| counts.get(k).is_some_and(|&n| n >= 2))
        .count()
}

/// The kind a name in Han or kana ends with, compared with other names': its last two
/// letters, the name four letters or more. Chinese and Japanese write a name's words without
/// spaces, the kind last ("江苏省科普作家协会", "浙江省科普作家协会": the popular-science
/// writers' associations of two provinces; "…労働組合", "…連合会"), so names of one kind end
/// alike where a spaced script's end with one word.
fn han_kind(w: &str) -> Option<String> {
    // (Han and kana are all at U+2E80 or after: other words are told without a lookup.)
    if !w.chars().any(|c| c >= '\u{2E80}') {
        return None;
    }
    let letters: Vec<char> = w.chars().filter(|c| c.is_alphanumeric()).collect();
    let n = letters.len();
    let last = letters.get(n.checked_sub(2)?..)?;
    (n >= 4 && last.iter().all(|&c| han_or_kana(c))).then(|| last.iter().collect())
}

/// A word as it ends a name, compared with other names' last words: in lower case, without
/// the signs around it.
pub(in crate::ingest) fn kind_word(w: &str) -> String {
    w.trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
}

/// Whether a run names organizations: two of its names or more hold an acronym or a
/// contraction of a name's syllables ("ኢዴፓ", "민주노총"), are named in another run of the page
/// (`elsewhere`: none when the run is read alone), or end with the kind that two different
/// names share ("…企業工會、…企業工會", "… Union"). A name that ends another ("محمد اکبر",
/// "کامریڈ محمد اکبر": one person named twice) counts once. An enumeration of a sentence's
/// topics or qualities ("کارگری، دانشجویی، مدنی، صنفی و حقوق بشری") shows none.
pub(in crate::ingest) fn names_organizations<S: AsRef<str>>(
    names: &[S],
    elsewhere: &[&[String]],
) -> bool {
    let mut items: Vec<String> = Vec::new();
    for p in names.iter().map(|p| p.as_ref().trim()) {
        if !items
            .iter()
            .any(|i| i.ends_with(p) || p.ends_with(i.as_str()))
        {
            items.push(p.to_owned());
        }
    }
    let again = |t: &String| elsewhere.iter().any(|other| other.contains(t));
    let formed = items
        .iter()
        .filter(|t| holds_acronym(t) || syllabic_acronym(t) || again(t))
        .count();
    formed + sharing_kind(&items) + sharing_last_letter(&items) + sharing_first_kind(&items) >= 2
}

/// How many names of a run in Han or kana whose kind ([`han_kind`]: the last two letters) no
/// other name shares end with the last letter of another such name: kinds of one head in
/// their last letter, "會" (association) in "…協會", "…總工會", "…同學會", "…聯會"
/// (association, federation of trade unions, alumni association, federation), which
/// [`sharing_kind`] tells apart. A name shorter than four letters (a person's, a place's
/// without its kind) counts for nothing, and so does one ending with kana (Unicode's Script
/// other than Han), a syllable, not a word ("ウイグル", "南モンゴル": places).
fn sharing_last_letter(items: &[String]) -> usize {
    let last = |k: &String| k.chars().next_back();
    let kinds: Vec<String> = items
        .iter()
        .filter(|t| !holds_acronym(t))
        .filter_map(|t| t.split_whitespace().last().and_then(han_kind))
        .filter(|k| last(k).is_some_and(han))
        .collect();
    kinds
        .iter()
        .filter(|k| {
            kinds.iter().filter(|o| o == k).count() == 1
                && kinds.iter().filter(|o| last(o) == last(k)).count() >= 2
        })
        .count()
}

/// How many names of a run, each one word of a script that spaces phrases apart, not words
/// ([`phrase_spaced`]: Thai, Lao, Khmer, Myanmar, which put the kind first), start with the
/// kind another of its names starts with, longer than it: "พรรคเพื่อไทย", "พรรคอนาคตใหม่", …
/// ("party" Pheu Thai, "party" Future Forward), as [`sharing_kind`] counts the names that end
/// with theirs. (These scripts are all at U+0E00 or after: other names are told without a
/// lookup.)
fn sharing_first_kind(items: &[String]) -> usize {
    let kind_first = |t: &str| {
        t.split_whitespace().nth(1).is_none()
            && t.chars()
                .next()
                .is_some_and(|c| c >= '\u{E00}' && phrase_spaced(c))
    };
    let shared = |a: &str, b: &str| a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    items
        .iter()
        .filter(|t| kind_first(t))
        .filter(|t| {
            items.iter().any(|o| {
                let n = shared(t, o);
                !std::ptr::eq(*t, o)
                    && kind_first(o)
                    && n >= SHARED_KIND_LETTERS
                    && t.chars().count() >= n + 2
                    && o.chars().count() >= n + 2
            })
        })
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Lines 13 to 20 of am-ethiopiazare-asru-parti (ethiopiazare.com, 2019), read by hand: a
    /// sentence broken at its eight names; two end with ፓርቲ ("party") as printed, three with
    /// ንቅናቄ ("movement"), a kind each shares with another name though Ethiopic has no
    /// capitals (ፓርቲና carries the conjunction, the last line the agency's signature).
    #[test]
    fn names_without_case_share_their_kind() {
        let lines = [
            "የአፋር ሕዝቦች ነፃነት ፓርቲ፣",
            "የሲዳማ ሕዝቦች ነፃነት ንቅናቄ፣",
            "የቤንሻንጉል ጉምዝ ሕዝቦች ነፃነት ንቅናቄ፣",
            "የጋምቤላ ሕዝቦች ነፃነት ንቅናቄ፣",
            "የቅማንት ዴሞክራሲያዊ ፓርቲ፣",
            "የአገው አገር አቀፍ ሸንጎ፣",
            "የሞቻ ዴሞክራሲያዊ ፓርቲና",
            "የካፋ አረንጓዴ ፓርቲ ናቸው። (ኢዛ)",
        ];
        let items: Vec<String> = lines.iter().map(|l| (*l).to_owned()).collect();
        assert_eq!(sharing_kind(&items), 5);
    }

    /// Lines 18 to 21 of tests/fixtures/ingest/real/zh-Hans-pep-changsanjiao-kepu-chuangzuo-huangshan-xuanyan
    /// (pep.com.cn, 2020), read by hand: four provinces' popular-science writers' associations
    /// signing a declaration, each ending with "协会" (association); the pair of line 4 of
    /// ja-ndl-current-zasshi-kyokai-shoseki-shuppan-kyokai-renmei-seimei (current.ndl.go.jp,
    /// 2017), two publishers' associations ending with "協会". The topics the declaration
    /// enumerates (line 12: "科普人才培养与评价", "科普作品评优与评论", training and evaluating
    /// talent, rating and reviewing works) and names of three letters share no kind.
    #[test]
    fn names_in_han_share_the_kind_they_end_with() {
        let owned = |names: &[&str]| names.iter().map(|n| (*n).to_owned()).collect::<Vec<_>>();
        let signers = owned(&[
            "江苏省科普作家协会",
            "浙江省科普作家协会",
            "上海市科普作家协会",
            "安徽省科普作家协会",
        ]);
        assert_eq!(sharing_kind(&signers), 4);
        assert!(names_organizations(
            &["日本雑誌協会", "日本書籍出版協会"],
            &[]
        ));
        let topics = owned(&[
            "科普人才培养与评价",
            "科普作品评优与评论",
            "承接政府职能转移",
        ]);
        assert_eq!(sharing_kind(&topics), 0);
        assert_eq!(sharing_kind(&owned(&["全產總", "高市產總"])), 0);
    }

    /// Constructed: four unions whose kinds differ in their first letter and share their last,
    /// "會" (association: "協會", "總工會", "同學會", "聯會"), name organizations; names
    /// sharing their last two letters are counted by [`sharing_kind`] only, and names of three
    /// letters (persons: "陳大文", "李小明") count for nothing.
    #[test]
    fn names_in_han_share_the_last_letter_of_their_kinds() {
        let owned = |names: &[&str]| names.iter().map(|n| (*n).to_owned()).collect::<Vec<_>>();
        let unions = owned(&[
            "海港工人協會",
            "城市公務員總工會",
            "北方大學同學會",
            "南區商戶聯會",
        ]);
        assert_eq!(sharing_last_letter(&unions), 4);
        assert!(names_organizations(&unions, &[]));
        let shared = owned(&["江北作家協會", "江南作家協會", "河東教師工會"]);
        assert_eq!(sharing_last_letter(&shared), 1);
        assert_eq!(sharing_last_letter(&owned(&["陳大文", "李小文"])), 0);
        assert_eq!(sharing_last_letter(&owned(&["ウイグル", "南モンゴル"])), 0);
        assert!(!names_organizations(
            &["科普人才培养与评价", "承接政府职能转移"],
            &[]
        ));
    }

    /// Line 1 of tests/fixtures/ingest/real/th-tnamcot-6-phak-thalaeng-khao-tham-ngan-ruam-kan
    /// (tna.mcot.net, 2019), read by hand: six parties, each one word starting with "พรรค"
    /// (party), Thai putting the kind first; line 5 of th-matichon-6-sahaphap-raengngan-fai-fa-prapa,
    /// unions starting with "สหภาพแรงงาน" (labour union). Words that share a syllable only
    /// ("ประชาชน", "ประเทศ": people, country) or names in a script with spaces between words
    /// share no kind first.
    #[test]
    fn names_of_a_script_spacing_phrases_share_the_kind_they_start_with() {
        let parties = ["พรรคเพื่อไทย", "พรรคอนาคตใหม่", "พรรคประชาชาติ", "พรรคเพื่อชาติ"];
        assert!(names_organizations(&parties, &[]));
        let unions = [
            "สหภาพแรงงานรัฐวิสาหกิจการไฟฟ้านครหลวง",
            "สหภาพแรงงานรัฐวิสาหกิจไฟฟ้าส่วนภูมิภาค",
        ];
        assert!(names_organizations(&unions, &[]));
        assert!(!names_organizations(&["ประชาชน", "ประเทศ"], &[]));
        assert!(!names_organizations(&["Gewerkschaft", "Gewerbe"], &[]));
    }

    /// Runs read by hand, each from a line of tests/fixtures/ingest/real: syllabic
    /// contractions name organizations (am-edponline-teradari-partiwoch, line 8: "ኢዴፓ፣ ቅንጅት፣
    /// መኢአድና ኢህአዴግ …", the parties that signed); a person named twice, the second time with
    /// his title, shares no kind with himself (ur-jasarat-muttahida-labour-federation-mazdoor-mahaz,
    /// line 6: "… نذیر شہزاد، محمد اکبر، حنیف رامے، زیبر وارثی، کامریڈ محمد اکبر …", the leaders
    /// at the meeting); a sentence's topics name none
    /// (fa-iranesabz-manshur-motalebat-tashakkolha, line 8: "کارگری، دانشجویی، مدنی، صنفی و حقوق
    /// بشری", "labour, student, civil, guild and human rights").
    #[test]
    fn a_run_names_organizations_by_their_form() {
        assert!(names_organizations(&["ኢዴፓ", "ቅንጅት", "መኢአድ"], &[]));
        let persons = ["محمد اکبر", "حنیف رامے", "زیبر وارثی", "کامریڈ محمد اکبر"];
        assert!(!names_organizations(&persons, &[]));
        let topics = ["کارگری", "دانشجویی", "مدنی", "صنفی"];
        assert!(!names_organizations(&topics, &[]));
    }

    /// tests/fixtures/ingest/real/ko-sarangbang-3dae-akbeop-pegi-yeondae-jiphoe, read by hand:
    /// the run of line 19 (the delegation: "민주노총, 참여연대, 민변, 여성단체연합,
    /// 환경운동연합, 진보교육연구소") names two groups that the run of line 13 names too
    /// ("참여연대, 민교협, 환경운동연합"): named again by the page, they name organizations;
    /// alone, the run's names that hold no contraction show nothing.
    #[test]
    fn a_run_names_organizations_the_page_names_again() {
        let delegation = ["참여연대", "여성단체연합", "환경운동연합", "진보교육연구소"];
        let earlier: Vec<String> = ["참여연대", "민교협", "환경운동연합"]
            .map(str::to_owned)
            .to_vec();
        assert!(!names_organizations(&delegation, &[]));
        assert!(names_organizations(&delegation, &[earlier.as_slice()]));
    }
}
