item-of-standard =
    { $sub ->
        [none] пункт { $point } стандарта
       *[other] подпункт { $sub }) пункта { $point } стандарта
    }
item-of-rules =
    пункт { $item } Правил формуляра (приказ № 451)
