item-of-standard =
    { $sub ->
        [none] item { $point } of the standard
       *[other] item { $point }({ $sub }) of the standard
    }
item-of-rules =
    item { $item } of the Rules of the formular (order No. 451)
