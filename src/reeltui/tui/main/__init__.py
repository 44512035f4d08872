"""The main screen and the widgets it is made of: header, film list, reader, side panel (facts
and bio), title filter."""
