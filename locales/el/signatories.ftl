# Κατάλογοι υπογραφόντων, ελληνικά. Μεταβλητές: βλ. locales/en/signatories.ftl.
# Review: draft — written for this crate, revised on 2026-12-04 after a reader's notes on the rendered edition ("as of" as "έως τις", the summary in the active voice), not yet signed off by a native reader (corrections welcome); checked against the English reference by the message checker (ids, variables, CLDR plural categories, punctuation) and, for dates, country names, lists and digits, against ICU4C in tests/render.rs.
# Κατηγορίες CLDR: one (1), other.

heading = { $more ->
    [yes] Υπογράφουν (έως τις { $date }· δεκτές και νέες υπογραφές):
   *[no] Υπογράφουν (έως τις { $date }):
}
heading-undated = { $more ->
    [yes] Υπογράφουν (δεκτές και νέες υπογραφές):
   *[no] Υπογράφουν:
}
subsequent-heading = Υπέγραψαν αργότερα:

# For the list reader: other words that head a list of signatories, a later section of it,
# or say more signatures are possible in this language, one a line (besides the headings above).
-reader-heading-words =
    Συνυπογράφουν
    Υπέγραψαν
-reader-more-words =
    ανοιχτό για νέες υπογραφές
# For the list reader: words that join a list's last name as "and" does, besides CLDR's
# "and" list pattern of this language, one a line.
-reader-and-words =
    καθώς και

# For the list reader: words that close an open list after its last name ("and others",
# "etc."), one a line.
-reader-closing-words =
    και άλλοι
    και άλλες
    και άλλα
    κ.ά.
    κλπ.

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

summary = { $organizations ->
        [1] Υπέγραψε μία οργάνωση
       *[other] Υπέγραψαν { $organizations-text } οργανώσεις
    }{ $countries ->
        [0] .
        [1] {" "}από μία χώρα ή περιοχή: { $list }.
       *[other] {" "}από { $countries-text } χώρες και περιοχές: { $list }.
    }
