# İmzacı listeleri, Türkçe. Değişkenler: locales/en/signatories.ftl dosyasına bakınız.
# Review: draft — written for this crate, not yet signed off by a native reader (corrections welcome); checked against the English reference by the message checker (ids, variables, CLDR plural categories, punctuation) and, for dates, country names, lists and digits, against ICU4C in tests/render.rs.
# Türkçede sayılardan sonra isim tekil kalır; sözcük sırası özet cümlesinde değişir.
# CLDR çoğul kategorileri: one (1), other. «bir» sayıyı yazıyla verir: tam değişke [1].

heading = { $more ->
    [yes] İmzacılar ({ $date } itibarıyla, yeni imzalara açıktır):
   *[no] İmzacılar ({ $date } itibarıyla):
}
heading-undated = { $more ->
    [yes] İmzacılar (yeni imzalara açıktır):
   *[no] İmzacılar:
}
subsequent-heading = Sonradan imzalayanlar:

# For the list reader: other words that head a list of signatories, a later section of it,
# or say more signatures are possible in this language, one a line (besides the headings above).
-reader-heading-words =
    İmzacı kurumlar
    İmzalayan kurumlar
    Destekleyen kurumlar
-reader-section-words =
    Yeni imzacılar
-reader-more-words =
    yeni imzalara açık
# For the list reader: words that join a list's last name as "and" does, besides CLDR's
# "and" list pattern of this language, one a line.
-reader-and-words =
    ile

# For the list reader: words that close an open list after its last name ("and others",
# "etc."), one a line.
-reader-closing-words =
    ve diğerleri
    ve diğer
    ve başkaları
    vb.
    vs.

entry-full = { $has-acronym ->
        [yes] { $acronym }{" "}
       *[no] {""}
    }{ $name }{ $has-transliteration ->
        [yes] {" "}({ $transliteration })
       *[no] {""}
    }{ $has-translation ->
        [yes] {" "}({ $translation })
       *[no] {""}
    }{ $has-country ->
        [yes] , { $country }
       *[no] {""}
    }
entry-short = { $has-acronym ->
        [yes] { $acronym }
       *[no] { $name }
    }{ $has-country ->
        [yes] , { $country }
       *[no] {""}
    }
entry-name-first = { $name }{ $has-transliteration ->
        [yes] {" "}({ $transliteration })
       *[no] {""}
    }{ $has-acronym ->
        [yes] {" "}({ $acronym })
       *[no] {""}
    }{ $has-country ->
        [yes] , { $country }
       *[no] {""}
    }

item-numbered = { $number }. { $entry }
item-bulleted = - { $entry }

# A date in two calendars, and a span of a calendar's months or years.
date-with-gregorian = { $date } ({ $gregorian })
date-range = { $start } – { $end }

summary = { $countries ->
        [0] { $organizations ->
                [1] Bir örgüt
               *[other] { $organizations-text } örgüt
            } tarafından imzalandı.
        [1] Bir ülke veya bölgeden { $organizations ->
                [1] bir örgüt
               *[other] { $organizations-text } örgüt
            } tarafından imzalandı: { $list }.
       *[other] { $countries-text } ülke ve bölgeden { $organizations ->
                [1] bir örgüt
               *[other] { $organizations-text } örgüt
            } tarafından imzalandı: { $list }.
    }
