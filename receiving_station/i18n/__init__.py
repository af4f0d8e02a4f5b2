"""Saying things in the station's languages without Qt: `Text` (an English sentence that keeps
its context, source and values), the languages and how each writes numbers, money and time
(`language`), the words of the domain (`vocabulary`) and the `.ts` catalogues
(`translations`: extract, update, check)."""
