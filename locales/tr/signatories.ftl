# İmzacı listeleri, Türkçe. Değişkenler: locales/en/signatories.ftl dosyasına bakınız.
# Türkçede sayılardan sonra isim tekil kalır; sözcük sırası özet cümlesinde değişir.

heading = { $more ->
    [yes] İmzacılar ({ $date } itibarıyla, yeni imzalara açıktır):
   *[no] İmzacılar ({ $date } itibarıyla):
}
heading-undated = { $more ->
    [yes] İmzacılar (yeni imzalara açıktır):
   *[no] İmzacılar:
}
subsequent-heading = Sonradan imzalayanlar:

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
entry-short = { $acronym }{ $has-country ->
        [yes] {" "}{ $country }
       *[no] {""}
    }
entry-name-first = { $name } ({ $acronym }){ $has-country ->
        [yes] , { $country }
       *[no] {""}
    }

item-numbered = { $number }. { $entry }
item-bulleted = - { $entry }

summary = { $countries ->
        [one] { $countries-text } ülke veya bölgeden
       *[other] { $countries-text } ülke ve bölgeden
    } { $organizations ->
        [one] { $organizations-text } örgüt
       *[other] { $organizations-text } örgüt
    } tarafından imzalandı: { $list }.
