# हस्ताक्षरकर्ताओं की सूचियाँ, हिन्दी। चर: locales/en/signatories.ftl देखें।
# Review: draft — written for this crate, not yet signed off by a native reader (corrections welcome); checked against the English reference by the message checker (ids, variables, CLDR plural categories, punctuation) and, for dates, country names, lists and digits, against ICU4C in tests/render.rs.
# CLDR बहुवचन श्रेणियाँ: one (0 और 1), other। वाक्य के अंत में पूर्ण विराम "।" (देवनागरी दण्ड, U+0964)।

heading = { $more ->
    [yes] हस्ताक्षरकर्ता ({ $date } तक, और हस्ताक्षर संभव):
   *[no] हस्ताक्षरकर्ता ({ $date } तक):
}
heading-undated = { $more ->
    [yes] हस्ताक्षरकर्ता (और हस्ताक्षर संभव):
   *[no] हस्ताक्षरकर्ता:
}
subsequent-heading = बाद के हस्ताक्षरकर्ता:

# For the list reader: other words that head a list of signatories, a later section of it,
# or say more signatures are possible in this language, one a line (besides the headings above).
-reader-heading-words =
    समर्थक संगठन
    भाग लेने वाले संगठन
-reader-section-words =
    अन्य हस्ताक्षरकर्ता

# For the list reader: words that join a list's last name as "and" does, besides CLDR's
# "and" list pattern of this language, one a line.
-reader-and-words =
    तथा
    एवं
    व

# For the list reader: words that close an open list after its last name ("and others",
# "etc."), one a line.
-reader-closing-words =
    आदि
    इत्यादि
    और अन्य

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
                [1] एक संगठन
                [one] { $organizations-text } संगठनों
               *[other] { $organizations-text } संगठनों
            } द्वारा हस्ताक्षरित।
        [1] एक देश या क्षेत्र के { $organizations ->
                [1] एक संगठन
                [one] { $organizations-text } संगठनों
               *[other] { $organizations-text } संगठनों
            } द्वारा हस्ताक्षरित: { $list }।
       *[other] { $countries-text } देशों और क्षेत्रों के { $organizations ->
                [1] एक संगठन
                [one] { $organizations-text } संगठनों
               *[other] { $organizations-text } संगठनों
            } द्वारा हस्ताक्षरित: { $list }।
    }
