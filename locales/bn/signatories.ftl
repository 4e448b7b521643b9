# স্বাক্ষরকারীদের তালিকা, বাংলা। চলক: locales/en/signatories.ftl দেখুন।
# Review: draft — written for this crate, not yet signed off by a native reader (corrections welcome); checked against the English reference by the message checker (ids, variables, CLDR plural categories, punctuation) and, for dates, country names, lists and digits, against ICU4C in tests/render.rs.
# CLDR বহুবচন শ্রেণি: one (0 ও 1), other। সংখ্যা বাংলা অঙ্কে (CLDR-এর bn সংখ্যাপদ্ধতি), সংখ্যার পরে "টি"। দাঁড়ি "।" (U+0964)।

heading = { $more ->
    [yes] স্বাক্ষরকারী ({ $date } পর্যন্ত, আরও স্বাক্ষর সম্ভব):
   *[no] স্বাক্ষরকারী ({ $date } পর্যন্ত):
}
heading-undated = { $more ->
    [yes] স্বাক্ষরকারী (আরও স্বাক্ষর সম্ভব):
   *[no] স্বাক্ষরকারী:
}
subsequent-heading = পরবর্তী স্বাক্ষরকারী:

# For the list reader: other words that head a list of signatories, a later section of it,
# or say more signatures are possible in this language, one a line (besides the headings above).
-reader-heading-words =
    সমর্থনকারী সংগঠন
    অংশগ্রহণকারী সংগঠন
-reader-section-words =
    অন্যান্য স্বাক্ষরকারী

# For the list reader: words that join a list's last name as "and" does, besides CLDR's
# "and" list pattern of this language, one a line.
-reader-and-words =
    ও

# For the list reader: words that close an open list after its last name ("and others",
# "etc."), one a line.
-reader-closing-words =
    ইত্যাদি
    প্রভৃতি
    এবং অন্যান্য
    ও অন্যান্য

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
                [1] একটি সংগঠন
                [one] { $organizations-text }টি সংগঠন
               *[other] { $organizations-text }টি সংগঠন
            } স্বাক্ষর করেছে।
        [1] একটি দেশ বা অঞ্চলের { $organizations ->
                [1] একটি সংগঠন
                [one] { $organizations-text }টি সংগঠন
               *[other] { $organizations-text }টি সংগঠন
            } স্বাক্ষর করেছে: { $list }।
       *[other] { $countries-text }টি দেশ ও অঞ্চলের { $organizations ->
                [1] একটি সংগঠন
                [one] { $organizations-text }টি সংগঠন
               *[other] { $organizations-text }টি সংগঠন
            } স্বাক্ষর করেছে: { $list }।
    }
