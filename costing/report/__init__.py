"""costing/report: renderers of a priced bill and of option figures, from plain data (no designer imports).

``pdf_boq`` the PDF bill of quantities · ``xlsx`` / ``csv`` the spreadsheet and values-only bills ·
``comparison`` all options side by side · ``plan_sheet`` a plan drawn to scale · ``poster`` the A3 workshop
poster · ``fonts`` / ``locale`` shipped fonts, numbers, words and unit labels · ``data`` the plain inputs.
"""
