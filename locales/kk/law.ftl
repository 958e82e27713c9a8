item-of-standard =
    { $sub ->
        [none] стандарттың { $point }-тармағы
       *[other] стандарттың { $point }-тармағының { $sub }) тармақшасы
    }
item-of-rules =
    формуляр қағидаларының { $item }-тармағы (№ 451 бұйрық)
