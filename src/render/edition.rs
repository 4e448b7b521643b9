//! What CLDR says about an edition: its dates (and the calendars they are shown in), numbers and
//! digits, lists, collation, country names and writing direction, all for the requested locale
//! (through ICU4X), whichever locale its messages come from.

use icu_calendar::cal::Gregorian;
use icu_calendar::{AnyCalendarKind, Date, Iso};
use icu_collator::{Collator, CollatorBorrowed};
use icu_datetime::fieldsets::{Y, YM, YMD};
use icu_datetime::{DateTimeFormatter, FixedCalendarDateTimeFormatter};
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_list::ListFormatter;
use icu_list::options::{ListFormatterOptions, ListLength};

use crate::date::{PartialDate, Precision};
use crate::error::Error;
use crate::text::Direction;

fn map_data<E: std::fmt::Display>(what: &str) -> impl Fn(E) -> Error + '_ {
    move |e| Error::LocaleData(format!("{what}: {e}"))
}

/// A date as an edition prints it: in the edition's calendar, with the Gregorian date beside it
/// where that calendar is another one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct FormattedDate {
    /// The date in the edition's calendar; for a month or a year that spans two of its months
    /// or years, the first and the last (`آبان ۱۳۹۵`, `آذر ۱۳۹۵`).
    pub(super) main: (String, Option<String>),
    /// The same date in the Gregorian calendar, where the edition's calendar is another one.
    pub(super) gregorian: Option<String>,
}

/// The CLDR formatters and facts of one edition.
pub(super) struct Cldr {
    pub(super) locale: icu_locale::Locale,
    pub(super) direction: Direction,
    date: DateTimeFormatter<YMD>,
    month: DateTimeFormatter<YM>,
    year: DateTimeFormatter<Y>,
    gregorian: bool,
    gregorian_date: FixedCalendarDateTimeFormatter<Gregorian, YMD>,
    gregorian_month: FixedCalendarDateTimeFormatter<Gregorian, YM>,
    gregorian_year: FixedCalendarDateTimeFormatter<Gregorian, Y>,
    list: ListFormatter,
    decimal: DecimalFormatter,
    pub(super) collator: CollatorBorrowed<'static>,
    /// The locale's ten digits, when each formats as one character.
    digits: Option<[char; 10]>,
}

impl Cldr {
    /// The formatters of `locale`: its default calendar (CLDR's preference: Solar Hijri for
    /// `fa`), or the calendar a `-u-ca-` keyword names.
    pub(super) fn new(locale: icu_locale::Locale) -> Result<Self, Error> {
        let prefs = (&locale).into();
        let date = DateTimeFormatter::try_new(prefs, YMD::long()).map_err(map_data("dates"))?;
        let month =
            DateTimeFormatter::try_new((&locale).into(), YM::long()).map_err(map_data("dates"))?;
        let year =
            DateTimeFormatter::try_new((&locale).into(), Y::long()).map_err(map_data("dates"))?;
        let gregorian = date.calendar().kind() == AnyCalendarKind::Gregorian;
        let gregorian_date = FixedCalendarDateTimeFormatter::try_new((&locale).into(), YMD::long())
            .map_err(map_data("dates"))?;
        let gregorian_month = FixedCalendarDateTimeFormatter::try_new((&locale).into(), YM::long())
            .map_err(map_data("dates"))?;
        let gregorian_year = FixedCalendarDateTimeFormatter::try_new((&locale).into(), Y::long())
            .map_err(map_data("dates"))?;
        let list = ListFormatter::try_new_and(
            (&locale).into(),
            ListFormatterOptions::default().with_length(ListLength::Wide),
        )
        .map_err(map_data("lists"))?;
        let decimal = DecimalFormatter::try_new((&locale).into(), Default::default())
            .map_err(map_data("numbers"))?;
        let collator = Collator::try_new((&locale).into(), Default::default())
            .map_err(map_data("collation"))?;
        let mut digits = ['0'; 10];
        let mut single = true;
        for (d, slot) in digits.iter_mut().enumerate() {
            let s = decimal.format(&Decimal::from(d as u64)).to_string();
            let mut chars = s.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => *slot = c,
                _ => single = false,
            }
        }
        let direction = crate::locale::direction_of_icu(&locale.id);
        Ok(Cldr {
            locale,
            direction,
            date,
            month,
            year,
            gregorian,
            gregorian_date,
            gregorian_month,
            gregorian_year,
            list,
            decimal,
            collator,
            digits: single.then_some(digits),
        })
    }

    /// The CLDR name of the edition's calendar (`gregorian`, `persian`, …).
    pub(super) fn calendar(&self) -> &'static str {
        match self.date.calendar().kind() {
            AnyCalendarKind::Buddhist => "buddhist",
            AnyCalendarKind::Chinese => "chinese",
            AnyCalendarKind::Coptic => "coptic",
            AnyCalendarKind::Dangi => "dangi",
            AnyCalendarKind::Ethiopian | AnyCalendarKind::EthiopianAmeteAlem => "ethiopic",
            AnyCalendarKind::Gregorian => "gregorian",
            AnyCalendarKind::Hebrew => "hebrew",
            AnyCalendarKind::Indian => "indian",
            AnyCalendarKind::Japanese => "japanese",
            AnyCalendarKind::Persian => "persian",
            AnyCalendarKind::Roc => "roc",
            AnyCalendarKind::Iso => "iso8601",
            _ => "islamic",
        }
    }

    /// A date of any precision, in the edition's calendar, with the Gregorian date beside it
    /// when that calendar is another one. The same calendar for every precision: a Gregorian
    /// month is shown as the months of the edition's calendar it spans.
    pub(super) fn format_date(&self, d: PartialDate) -> FormattedDate {
        let (y, m) = (d.year(), d.month().unwrap_or(1));
        let (first, last) = match d.precision() {
            Precision::Day => {
                let day = d.day().unwrap_or(1);
                (Date::try_new_iso(y, m, day), Date::try_new_iso(y, m, day))
            }
            Precision::Month => (
                Date::try_new_iso(y, m, 1),
                Date::try_new_iso(y, m, days_in_month(y, m)),
            ),
            Precision::Year => (Date::try_new_iso(y, 1, 1), Date::try_new_iso(y, 12, 31)),
        };
        let (Ok(first), Ok(last)) = (first, last) else {
            return FormattedDate {
                main: (d.to_string(), None),
                gregorian: None,
            };
        };
        let gregorian = self.format_gregorian(d, first);
        if self.gregorian {
            return FormattedDate {
                main: (gregorian, None),
                gregorian: None,
            };
        }
        let in_calendar = |date: &Date<Iso>| -> String {
            match d.precision() {
                Precision::Day => self.date.format(date).to_string(),
                Precision::Month => self.month.format(date).to_string(),
                Precision::Year => self.year.format(date).to_string(),
            }
        };
        let (a, b) = (in_calendar(&first), in_calendar(&last));
        FormattedDate {
            main: if a == b { (a, None) } else { (a, Some(b)) },
            gregorian: Some(gregorian),
        }
    }

    fn format_gregorian(&self, d: PartialDate, first: Date<Iso>) -> String {
        let date = first.to_calendar(Gregorian);
        match d.precision() {
            Precision::Day => self.gregorian_date.format(&date).to_string(),
            Precision::Month => self.gregorian_month.format(&date).to_string(),
            Precision::Year => self.gregorian_year.format(&date).to_string(),
        }
    }

    /// Items joined by the locale's CLDR "and" list pattern (wide).
    pub(super) fn format_list<'a>(&self, items: impl Iterator<Item = &'a str> + Clone) -> String {
        self.list.format(items).to_string()
    }

    /// A number in the locale's digits.
    pub(super) fn format_number(&self, n: usize) -> String {
        let mut s = String::new();
        self.format_number_into(&mut s, n);
        s
    }

    /// As [`Cldr::format_number`], appending to `out`.
    pub(super) fn format_number_into(&self, out: &mut String, n: usize) {
        // Below 1000 no grouping separator appears: map the locale's digits directly.
        if n < 1000
            && let Some(digits) = &self.digits
        {
            let mut started = false;
            for place in [100, 10, 1] {
                let d = (n / place) % 10;
                if d != 0 || started || place == 1 {
                    started = true;
                    out.push(digits.get(d).copied().unwrap_or('?'));
                }
            }
            return;
        }
        use std::fmt::Write as _;
        let _ = write!(
            out,
            "{}",
            self.decimal
                .format(&Decimal::from(u64::try_from(n).unwrap_or(u64::MAX)))
        );
    }

    /// The CSS counter style (CSS Counter Styles 3, predefined) that numbers a list in the
    /// locale's digits, where they are not ASCII (`persian` for `۱`, `arabic-indic` for `١`).
    pub(super) fn list_style(&self) -> Option<&'static str> {
        let zero = self.digits?.first().copied()?;
        Some(match zero {
            '0' => return None,
            '\u{660}' => "arabic-indic",
            '\u{6F0}' => "persian",
            '\u{966}' => "devanagari",
            '\u{9E6}' => "bengali",
            '\u{A66}' => "gurmukhi",
            '\u{AE6}' => "gujarati",
            '\u{B66}' => "oriya",
            '\u{BE6}' => "tamil",
            '\u{C66}' => "telugu",
            '\u{CE6}' => "kannada",
            '\u{D66}' => "malayalam",
            '\u{E50}' => "thai",
            '\u{ED0}' => "lao",
            '\u{F20}' => "tibetan",
            '\u{1040}' => "myanmar",
            '\u{17E0}' => "khmer",
            '\u{1810}' => "mongolian",
            _ => return None,
        })
    }
}

fn days_in_month(year: i32, month: u8) -> u8 {
    // The last day is found from the date type itself: the first day that does not exist.
    (28..=31)
        .rev()
        .find(|&d| Date::try_new_iso(year, month, d).is_ok())
        .unwrap_or(28)
}
