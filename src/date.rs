//! Calendar dates of a given precision: a day (`2023-02-07`), a month (`2016-11`, for "as of
//! November 2016") or a year (`1990`, for the validity of a former name).

use std::fmt;
use std::str::FromStr;

use crate::error::Error;

/// A proleptic Gregorian date known to the day, the month or the year.
///
/// `FromStr` and `Display` round-trip through the ISO 8601 forms `YYYY-MM-DD`, `YYYY-MM` and
/// `YYYY`; serde goes through them.
///
/// ```
/// use signatories::PartialDate;
/// let d: PartialDate = "2016-11".parse()?;
/// assert_eq!(d.month(), Some(11));
/// assert_eq!(d.day(), None);
/// assert_eq!(d.to_string(), "2016-11");
/// assert!("2023-02-29".parse::<PartialDate>().is_err());
/// # Ok::<(), signatories::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    year: i32,
    month: Option<u8>,
    day: Option<u8>,
}

/// The error of a date that does not exist or is not spelled `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
fn invalid(value: String) -> Error {
    Error::InvalidValue {
        what: "invalid date (expected YYYY-MM-DD, YYYY-MM or YYYY, years 1-9999)".to_owned(),
        value,
    }
}

/// How precisely a [`PartialDate`] is known.
///
/// ```
/// use signatories::{PartialDate, Precision};
/// assert_eq!("2016-11".parse::<PartialDate>()?.precision(), Precision::Month);
/// # Ok::<(), signatories::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Precision {
    /// Only the year.
    Year,
    /// The year and the month.
    Month,
    /// The day.
    Day,
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        _ => 28,
    }
}

impl PartialDate {
    /// A day.
    ///
    /// ```
    /// use signatories::{PartialDate, Precision};
    /// let d = PartialDate::ymd(2023, 2, 7)?;
    /// assert_eq!((d.year(), d.month(), d.day()), (2023, Some(2), Some(7)));
    /// assert_eq!(d.precision(), Precision::Day);
    /// assert_eq!(d.to_string(), "2023-02-07");
    /// // 2023 is not a leap year.
    /// assert!(PartialDate::ymd(2023, 2, 29).is_err());
    /// # Ok::<(), signatories::Error>(())
    /// ```
    ///
    /// # Errors
    /// When the month or the day does not exist, or the year is outside 1–9999.
    pub fn ymd(year: i32, month: u8, day: u8) -> Result<Self, Error> {
        let bad = || invalid(format!("{year:04}-{month:02}-{day:02}"));
        Self::ym(year, month).map_err(|_| bad())?;
        if day == 0 || day > days_in_month(year, month) {
            return Err(bad());
        }
        Ok(PartialDate {
            year,
            month: Some(month),
            day: Some(day),
        })
    }

    /// A month.
    ///
    /// ```
    /// use signatories::{PartialDate, Precision};
    /// let d = PartialDate::ym(2016, 11)?;
    /// assert_eq!((d.day(), d.precision()), (None, Precision::Month));
    /// assert_eq!(d.to_string(), "2016-11");
    /// assert!(PartialDate::ym(2016, 13).is_err());
    /// # Ok::<(), signatories::Error>(())
    /// ```
    ///
    /// # Errors
    /// When the month is not 1–12 or the year is outside 1–9999.
    pub fn ym(year: i32, month: u8) -> Result<Self, Error> {
        let bad = || invalid(format!("{year:04}-{month:02}"));
        Self::y(year).map_err(|_| bad())?;
        if !(1..=12).contains(&month) {
            return Err(bad());
        }
        Ok(PartialDate {
            year,
            month: Some(month),
            day: None,
        })
    }

    /// A year.
    ///
    /// ```
    /// use signatories::{PartialDate, Precision};
    /// let d = PartialDate::y(1999)?;
    /// assert_eq!((d.month(), d.precision()), (None, Precision::Year));
    /// assert!(PartialDate::y(0).is_err() && PartialDate::y(10_000).is_err());
    /// # Ok::<(), signatories::Error>(())
    /// ```
    ///
    /// # Errors
    /// When the year is outside 1–9999.
    pub fn y(year: i32) -> Result<Self, Error> {
        if !(1..=9999).contains(&year) {
            return Err(invalid(format!("{year:04}")));
        }
        Ok(PartialDate {
            year,
            month: None,
            day: None,
        })
    }

    /// The year.
    ///
    /// ```
    /// assert_eq!("1999".parse::<signatories::PartialDate>()?.year(), 1999);
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn year(&self) -> i32 {
        self.year
    }
    /// The month (1–12), if known.
    ///
    /// ```
    /// let d: signatories::PartialDate = "2016-11".parse()?;
    /// assert_eq!(d.month(), Some(11));
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn month(&self) -> Option<u8> {
        self.month
    }
    /// The day of the month, if known.
    ///
    /// ```
    /// let d: signatories::PartialDate = "2016-11".parse()?;
    /// assert_eq!(d.day(), None);
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn day(&self) -> Option<u8> {
        self.day
    }
    /// How precisely the date is known.
    ///
    /// ```
    /// use signatories::{PartialDate, Precision};
    /// assert_eq!(PartialDate::ymd(2023, 2, 7)?.precision(), Precision::Day);
    /// # Ok::<(), signatories::Error>(())
    /// ```
    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (Some(_), Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            _ => Precision::Year,
        }
    }
}

impl FromStr for PartialDate {
    type Err = Error;

    /// # Errors
    /// [`Error::InvalidValue`] with the text.
    fn from_str(s: &str) -> Result<Self, Error> {
        fn num<T: FromStr>(part: &str, len: usize) -> Option<T> {
            if part.len() != len || !part.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            part.parse().ok()
        }
        let parts: Vec<&str> = s.split('-').collect();
        let date = match parts.as_slice() {
            [y] => num(y, 4).and_then(|y| Self::y(y).ok()),
            [y, m] => num(y, 4)
                .zip(num(m, 2))
                .and_then(|(y, m)| Self::ym(y, m).ok()),
            [y, m, d] => num(y, 4)
                .zip(num(m, 2))
                .zip(num(d, 2))
                .and_then(|((y, m), d)| Self::ymd(y, m, d).ok()),
            _ => None,
        };
        date.ok_or_else(|| invalid(s.to_owned()))
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

impl serde::Serialize for PartialDate {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for PartialDate {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use crate::error::Error;

    use super::{PartialDate, Precision};

    #[test]
    fn parses_each_precision_and_rejects_the_rest() {
        assert_eq!(
            "2023-02-07"
                .parse::<PartialDate>()
                .map(|d| d.precision())
                .ok(),
            Some(Precision::Day)
        );
        assert_eq!(
            "2024-02-29".parse::<PartialDate>().map(|d| d.day()).ok(),
            Some(Some(29))
        );
        for bad in [
            "2023-2-7",
            "2023-13",
            "2023-00",
            "1900-02-29",
            "0000",
            "23-02-07",
            "",
            "2023-02-07-",
        ] {
            match bad.parse::<PartialDate>() {
                Err(Error::InvalidValue { value, .. }) => assert_eq!(value, bad),
                other => panic!("{bad}: {other:?}"),
            }
        }
    }
}
