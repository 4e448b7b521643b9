# Signatory lists, English (United States and default).
#
# Variables:
#   $date          the "as of" date, formatted by CLDR (ICU4X) for the edition's locale
#   $more          "yes" when further signatories are possible, else "no"
#   $acronym, $name, $transliteration, $translation, $country
#                  parts of an entry; each $has-… is "yes" when the part is present
#   $number        the entry's number, formatted for the locale
#   $entry         a formatted entry
#   $organizations, $countries   counts (numbers, for plural selection)
#   $organizations-text, $countries-text   the same counts formatted for the locale
#   $list          the countries, joined by CLDR's list pattern

heading = { $more ->
    [yes] Signatories (as of { $date }, further signatories possible):
   *[no] Signatories (as of { $date }):
}
heading-undated = { $more ->
    [yes] Signatories (further signatories possible):
   *[no] Signatories:
}
subsequent-heading = Subsequent signatories:

# The seed's style: acronym, own name, transliteration, translation, country.
entry-full = { $acronym } { $name }{ $has-transliteration ->
        [yes] {" "}({ $transliteration })
       *[no] {""}
    }{ $has-translation ->
        [yes] {" "}({ $translation })
       *[no] {""}
    }{ $has-country ->
        [yes] , { $country }
       *[no] {""}
    }
# Short style: acronym and country.
entry-short = { $acronym }{ $has-country ->
        [yes] {" "}{ $country }
       *[no] {""}
    }
# Name first, in the edition's language: Name (ACR), Country.
entry-name-first = { $name } ({ $acronym }){ $has-country ->
        [yes] , { $country }
       *[no] {""}
    }

item-numbered = { $number }. { $entry }
item-bulleted = - { $entry }

summary = Signed by { $organizations ->
        [one] one organization
       *[other] { $organizations-text } organizations
    } from { $countries ->
        [one] one country or area
       *[other] { $countries-text } countries and areas
    }: { $list }.
