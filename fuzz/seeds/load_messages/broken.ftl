heading = { $more ->
    [yes] Ja
