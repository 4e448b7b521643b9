# Κατάλογοι υπογραφόντων, ελληνικά. Μεταβλητές: βλ. locales/en/signatories.ftl.
# Draft: written for this crate and not yet checked by a native speaker; corrections welcome.
# Κατηγορίες CLDR: one (1), other.

heading = { $more ->
    [yes] Υπογράφουν (στις { $date }, ανοιχτό για νέες υπογραφές):
   *[no] Υπογράφουν (στις { $date }):
}
heading-undated = { $more ->
    [yes] Υπογράφουν (ανοιχτό για νέες υπογραφές):
   *[no] Υπογράφουν:
}
subsequent-heading = Υπέγραψαν αργότερα:

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

summary = Υπογράφεται από { $organizations ->
        [1] μία οργάνωση
       *[other] { $organizations-text } οργανώσεις
    }{ $countries ->
        [0] .
        [1] {" "}από μία χώρα ή περιοχή: { $list }.
       *[other] {" "}από { $countries-text } χώρες και περιοχές: { $list }.
    }
