<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>AboutDialog</name>
    <message>
      <source>About Jamii</source>
      <translation>About Jamii</translation>
    </message>
    <message>
      <source>Co-design upgrades of informal settlements: plots, houses, paths, water, sanitation and lighting, with costs, funding and service standards.</source>
      <translation>Co-design upgrades of informal settlements: plots, houses, paths, water, sanitation and lighting, with costs, funding and service standards.</translation>
    </message>
    <message>
      <source>Licence: GNU General Public License, version 3 or later.</source>
      <translation>Licence: GNU General Public License, version 3 or later.</translation>
    </message>
    <message>
      <source>Data sources</source>
      <translation>Data sources</translation>
    </message>
    <message>
      <source>Sample settlement “Mji wa Tumaini”: invented by the Jamii developers; no real people or places.</source>
      <translation>Sample settlement “Mji wa Tumaini”: invented by the Jamii developers; no real people or places.</translation>
    </message>
    <message>
      <source>Service standards: Sphere Handbook 2018, UNHCR WASH standards, WHO/UNICEF JMP service ladders, UN-Habitat slum household definition.</source>
      <translation>Service standards: Sphere Handbook 2018, UNHCR WASH standards, WHO/UNICEF JMP service ladders, UN-Habitat slum household definition.</translation>
    </message>
    <message>
      <source>Unit costs: the cost library named in the project; its rates are illustrative unless the library says otherwise.</source>
      <translation>Unit costs: the cost library named in the project; its rates are illustrative unless the library says otherwise.</translation>
    </message>
    <message>
      <source>Icons: drawn for Jamii, released under the same licence as the program.</source>
      <translation>Icons: drawn for Jamii, released under the same licence as the program.</translation>
    </message>
    <message>
      <source>Built with</source>
      <translation>Built with</translation>
    </message>
  </context>
  <context>
    <name>AccessDock</name>
    <message>
      <source>Access</source>
      <translation>Access</translation>
    </message>
    <message>
      <source>Find plots without access</source>
      <translation>Find plots without access</translation>
    </message>
    <message>
      <source>Accept paths derived from the plots</source>
      <translation>Accept paths derived from the plots</translation>
    </message>
    <message>
      <source>All blocks</source>
      <translation>All blocks</translation>
    </message>
    <message>
      <source>Propose access paths</source>
      <translation>Propose access paths</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Cancelled: nothing was changed.</source>
      <translation>Cancelled: nothing was changed.</translation>
    </message>
    <message>
      <source>%1 derived paths added to the existing conditions.</source>
      <translation>%1 derived paths added to the existing conditions.</translation>
    </message>
    <message>
      <source>Access paths (proposed)</source>
      <translation>Access paths (proposed)</translation>
    </message>
    <message>
      <source>Nothing to propose: every plot already faces public space or a path.</source>
      <translation>Nothing to propose: every plot already faces public space or a path.</translation>
    </message>
    <message>
      <source>%1 m of new path (baseline %2 m), %3 buildings crossed.</source>
      <translation>%1 m of new path (baseline %2 m), %3 buildings crossed.</translation>
    </message>
    <message>
      <source>%1 plots cannot be reached along plot boundaries.</source>
      <translation>%1 plots cannot be reached along plot boundaries.</translation>
    </message>
    <message>
      <source>Block %1 (%2 without access)</source>
      <translation>Block %1 (%2 without access)</translation>
    </message>
    <message>
      <source>Every plot reachable: %1 of %2. Interior plots: %3; highest block complexity k: %4. Blue: faces public space. Yellow: behind one plot. Red: deeper or enclosed.</source>
      <translation>Every plot reachable: %1 of %2. Interior plots: %3; highest block complexity k: %4. Blue: faces public space. Yellow: behind one plot. Red: deeper or enclosed.</translation>
    </message>
    <message>
      <source>A stretcher can reach %1 plots.</source>
      <translation>A stretcher can reach %1 plots.</translation>
    </message>
  </context>
  <context>
    <name>Accessibility</name>
    <message>
      <source>Select all rows</source>
      <translation>Select all rows</translation>
    </message>
    <message>
      <source>More tools</source>
      <translation>More tools</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <source>Something went wrong</source>
      <translation>Something went wrong</translation>
    </message>
    <message>
      <source>Jamii met an unexpected problem: %1. A safety copy of your work has been saved.</source>
      <translation>Jamii met an unexpected problem: %1. A safety copy of your work has been saved.</translation>
    </message>
  </context>
  <context>
    <name>AssumptionsDialog</name>
    <message>
      <source>Costing assumptions</source>
      <translation>Costing assumptions</translation>
    </message>
    <message>
      <source>Leave a value empty to use the cost library's or Jamii's own. Other names: lifetime_years.&lt;bill&gt;, om_pct.&lt;bill&gt;, rule.&lt;kind&gt;.&lt;parameter&gt;.</source>
      <translation>Leave a value empty to use the cost library's or Jamii's own. Other names: lifetime_years.&lt;bill&gt;, om_pct.&lt;bill&gt;, rule.&lt;kind&gt;.&lt;parameter&gt;.</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Value</translation>
    </message>
    <message>
      <source>Meaning</source>
      <translation>Meaning</translation>
    </message>
    <message>
      <source>Add a row</source>
      <translation>Add a row</translation>
    </message>
  </context>
  <context>
    <name>BackgroundImageDialog</name>
    <message>
      <source>Background image</source>
      <translation>Background image</translation>
    </message>
    <message>
      <source>Click two points on the image whose place on the plan you know.</source>
      <translation>Click two points on the image whose place on the plan you know.</translation>
    </message>
    <message>
      <source>Point %1, %2 on the plan</source>
      <translation>Point %1, %2 on the plan</translation>
    </message>
    <message>
      <source>Images (*.png *.jpg *.jpeg *.tif *.tiff)</source>
      <translation>Images (*.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
      <source>%1 is not an image Jamii can read</source>
      <translation>%1 is not an image Jamii can read</translation>
    </message>
  </context>
  <context>
    <name>Bills</name>
    <message>
      <source>Preliminaries</source>
      <translation>Preliminaries</translation>
    </message>
    <message>
      <source>Site clearance, demolition and earthworks</source>
      <translation>Site clearance, demolition and earthworks</translation>
    </message>
    <message>
      <source>Housing: substructure</source>
      <translation>Housing: substructure</translation>
    </message>
    <message>
      <source>Housing: superstructure</source>
      <translation>Housing: superstructure</translation>
    </message>
    <message>
      <source>Roads and footpaths</source>
      <translation>Roads and footpaths</translation>
    </message>
    <message>
      <source>Storm drainage</source>
      <translation>Storm drainage</translation>
    </message>
    <message>
      <source>Water supply</source>
      <translation>Water supply</translation>
    </message>
    <message>
      <source>Sanitation</source>
      <translation>Sanitation</translation>
    </message>
    <message>
      <source>Street lighting</source>
      <translation>Street lighting</translation>
    </message>
    <message>
      <source>External works and community facilities</source>
      <translation>External works and community facilities</translation>
    </message>
    <message>
      <source>Provisional and PC sums</source>
      <translation>Provisional and PC sums</translation>
    </message>
    <message>
      <source>Dayworks</source>
      <translation>Dayworks</translation>
    </message>
    <message>
      <source>Contingency</source>
      <translation>Contingency</translation>
    </message>
  </context>
  <context>
    <name>CompareCardsPage</name>
    <message>
      <source>Working out each option…</source>
      <translation>Working out each option…</translation>
    </message>
    <message>
      <source>No options yet: draw one first.</source>
      <translation>No options yet: draw one first.</translation>
    </message>
    <message>
      <source>Each household pays &lt;b&gt;%1&lt;/b&gt;.</source>
      <translation>Each household pays &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
      <source>The cheapest option.</source>
      <translation>The cheapest option.</translation>
    </message>
    <message>
      <source>&lt;b&gt;%1 more&lt;/b&gt; than the cheapest.</source>
      <translation>&lt;b&gt;%1 more&lt;/b&gt; than the cheapest.</translation>
    </message>
    <message>
      <source>About %1 a month.</source>
      <translation>About %1 a month.</translation>
    </message>
    <message>
      <source>Water and a toilet within reach: &lt;b&gt;%1 of %2&lt;/b&gt; households (today cannot be told).</source>
      <translation>Water and a toilet within reach: &lt;b&gt;%1 of %2&lt;/b&gt; households (today cannot be told).</translation>
    </message>
    <message>
      <source>Water and a toilet within reach: &lt;b&gt;%1 of %2&lt;/b&gt; households (%3 more than today).</source>
      <translation>Water and a toilet within reach: &lt;b&gt;%1 of %2&lt;/b&gt; households (%3 more than today).</translation>
    </message>
    <message>
      <source>Households assumed: one per home plot, no survey yet.</source>
      <translation>Households assumed: one per home plot, no survey yet.</translation>
    </message>
    <message>
      <source>Houses taken down or moved: &lt;b&gt;%1&lt;/b&gt;.</source>
      <translation>Houses taken down or moved: &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
  </context>
  <context>
    <name>ComparisonDock</name>
    <message>
      <source>Comparison</source>
      <translation>Comparison</translation>
    </message>
    <message>
      <source>Option</source>
      <translation>Option</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <source>Per household</source>
      <translation>Per household</translation>
    </message>
    <message>
      <source>Monthly repayment</source>
      <translation>Monthly repayment</translation>
    </message>
    <message>
      <source>Households sharing the cost</source>
      <translation>Households sharing the cost</translation>
    </message>
    <message>
      <source>Households served</source>
      <translation>Households served</translation>
    </message>
    <message>
      <source>incomplete: {n} items unpriced</source>
      <translation>incomplete: {n} items unpriced</translation>
    </message>
    <message>
      <source>not drawn: cannot be told</source>
      <translation>not drawn: cannot be told</translation>
    </message>
    <message>
      <source>%1 of %2</source>
      <translation>%1 of %2</translation>
    </message>
  </context>
  <context>
    <name>CoordinateEntry</name>
    <message>
      <source>Point or length:</source>
      <translation>Point or length:</translation>
    </message>
    <message>
      <source>12.5, 30 · @5&lt;90 · length 5 · rotate 30</source>
      <translation>12.5, 30 · @5&lt;90 · length 5 · rotate 30</translation>
    </message>
    <message>
      <source>Draw with the keyboard (Ctrl+L). x, y: a point in metres (12.5, 30). @dx, dy: that far from the last point. @length&lt;angle: that far at an angle (degrees from east, 90 = north). length 5: on in the same direction. Enter on an empty line finishes; Esc cancels. With a selection: @dx, dy or @length&lt;angle moves it, rotate 30 turns it (degrees, anticlockwise); with a corner picked (Vertex tool), x, y moves the corner.</source>
      <translation>Draw with the keyboard (Ctrl+L). x, y: a point in metres (12.5, 30). @dx, dy: that far from the last point. @length&lt;angle: that far at an angle (degrees from east, 90 = north). length 5: on in the same direction. Enter on an empty line finishes; Esc cancels. With a selection: @dx, dy or @length&lt;angle moves it, rotate 30 turns it (degrees, anticlockwise); with a corner picked (Vertex tool), x, y moves the corner.</translation>
    </message>
    <message>
      <source>Type a point or a length</source>
      <translation>Type a point or a length</translation>
    </message>
    <message>
      <source>Finished</source>
      <translation>Finished</translation>
    </message>
    <message>
      <source>Moved by %1 m east, %2 m north</source>
      <translation>Moved by %1 m east, %2 m north</translation>
    </message>
    <message>
      <source>Turned by %1°</source>
      <translation>Turned by %1°</translation>
    </message>
    <message>
      <source>Corner moved to x %1 m, y %2 m</source>
      <translation>Corner moved to x %1 m, y %2 m</translation>
    </message>
    <message>
      <source>Point at x %1 m, y %2 m</source>
      <translation>Point at x %1 m, y %2 m</translation>
    </message>
    <message>
      <source>%1: the length must be a positive number of metres</source>
      <translation>%1: the length must be a positive number of metres</translation>
    </message>
    <message>
      <source>Type a first point as x, y (for example 12.5, 30) before an @ or a length</source>
      <translation>Type a first point as x, y (for example 12.5, 30) before an @ or a length</translation>
    </message>
    <message>
      <source>Choose a drawing tool first</source>
      <translation>Choose a drawing tool first</translation>
    </message>
    <message>
      <source>%1: type the turn as a non-zero number of degrees (rotate 30)</source>
      <translation>%1: type the turn as a non-zero number of degrees (rotate 30)</translation>
    </message>
    <message>
      <source>Select what to move or rotate first (with the Select tool)</source>
      <translation>Select what to move or rotate first (with the Select tool)</translation>
    </message>
    <message>
      <source>%1: to move, type @dx, dy (@5, 0) or @length&lt;angle (@5&lt;90)</source>
      <translation>%1: to move, type @dx, dy (@5, 0) or @length&lt;angle (@5&lt;90)</translation>
    </message>
    <message>
      <source>Not understood: %1. Type x, y (12.5, 30), @dx, dy (@5, 0), @length&lt;angle (@5&lt;90) or a length (length 5)</source>
      <translation>Not understood: %1. Type x, y (12.5, 30), @dx, dy (@5, 0), @length&lt;angle (@5&lt;90) or a length (length 5)</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Cancelled</translation>
    </message>
  </context>
  <context>
    <name>CorrectBallotDialog</name>
    <message>
      <source>Correct a ballot</source>
      <translation>Correct a ballot</translation>
    </message>
    <message>
      <source>Void this ballot (it is not counted)</source>
      <translation>Void this ballot (it is not counted)</translation>
    </message>
    <message>
      <source>Count these choices instead:</source>
      <translation>Count these choices instead:</translation>
    </message>
    <message>
      <source>Choices to count instead</source>
      <translation>Choices to count instead</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
    <message>
      <source>Why (e.g. pressed the wrong picture)</source>
      <translation>Why (e.g. pressed the wrong picture)</translation>
    </message>
    <message>
      <source>Ballot</source>
      <translation>Ballot</translation>
    </message>
    <message>
      <source>Reason (recorded with the correction)</source>
      <translation>Reason (recorded with the correction)</translation>
    </message>
    <message>
      <source>woman</source>
      <translation>woman</translation>
    </message>
    <message>
      <source>man</source>
      <translation>man</translation>
    </message>
    <message>
      <source>other</source>
      <translation>other</translation>
    </message>
    <message>
      <source>Cast ballots</source>
      <translation>Cast ballots</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>unknown</translation>
    </message>
    <message>
      <source>voided</source>
      <translation>voided</translation>
    </message>
    <message>
      <source>corrected</source>
      <translation>corrected</translation>
    </message>
    <message>
      <source>Choose the ballot to correct.</source>
      <translation>Choose the ballot to correct.</translation>
    </message>
    <message>
      <source>Say why the ballot is corrected.</source>
      <translation>Say why the ballot is corrected.</translation>
    </message>
    <message>
      <source>Tick the choices to count instead.</source>
      <translation>Tick the choices to count instead.</translation>
    </message>
    <message>
      <source>A single-choice ballot has exactly one choice.</source>
      <translation>A single-choice ballot has exactly one choice.</translation>
    </message>
  </context>
  <context>
    <name>CostsDock</name>
    <message>
      <source>unknown</source>
      <translation>unknown</translation>
    </message>
    <message>
      <source>Costs</source>
      <translation>Costs</translation>
    </message>
    <message>
      <source>Households with water and a toilet within the standard's walking distance, along the paths</source>
      <translation>Households with water and a toilet within the standard's walking distance, along the paths</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <source>Per household</source>
      <translation>Per household</translation>
    </message>
    <message>
      <source>Monthly repayment</source>
      <translation>Monthly repayment</translation>
    </message>
    <message>
      <source>Households sharing the cost</source>
      <translation>Households sharing the cost</translation>
    </message>
    <message>
      <source>Households served</source>
      <translation>Households served</translation>
    </message>
    <message>
      <source>Bill</source>
      <translation>Bill</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>Amount</translation>
    </message>
    <message>
      <source>Choose an option to see what it costs.</source>
      <translation>Choose an option to see what it costs.</translation>
    </message>
    <message>
      <source>computing…</source>
      <translation>computing…</translation>
    </message>
    <message>
      <source>Costs are not available: %1</source>
      <translation>Costs are not available: %1</translation>
    </message>
    <message>
      <source>incomplete: {n} items unpriced</source>
      <translation>incomplete: {n} items unpriced</translation>
    </message>
    <message>
      <source>The cost library has no price for some items: the cost is not known until they are priced.</source>
      <translation>The cost library has no price for some items: the cost is not known until they are priced.</translation>
    </message>
    <message>
      <source>%1 (assumed: no survey yet)</source>
      <translation>%1 (assumed: no survey yet)</translation>
    </message>
    <message>
      <source>not drawn: cannot be told</source>
      <translation>not drawn: cannot be told</translation>
    </message>
    <message>
      <source>%1 of %2</source>
      <translation>%1 of %2</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <source>DXF drawing…</source>
      <translation>DXF drawing…</translation>
    </message>
    <message>
      <source>GeoPackage…</source>
      <translation>GeoPackage…</translation>
    </message>
    <message>
      <source>GeoJSON…</source>
      <translation>GeoJSON…</translation>
    </message>
    <message>
      <source>Bill of quantities (PDF)…</source>
      <translation>Bill of quantities (PDF)…</translation>
    </message>
    <message>
      <source>Bill of quantities (XLSX)…</source>
      <translation>Bill of quantities (XLSX)…</translation>
    </message>
    <message>
      <source>Bill of quantities (CSV)…</source>
      <translation>Bill of quantities (CSV)…</translation>
    </message>
    <message>
      <source>Plan sheet (PDF)…</source>
      <translation>Plan sheet (PDF)…</translation>
    </message>
    <message>
      <source>Workshop poster (PDF)…</source>
      <translation>Workshop poster (PDF)…</translation>
    </message>
    <message>
      <source>House plans (DXF)…</source>
      <translation>House plans (DXF)…</translation>
    </message>
    <message>
      <source>House sheets (PDF)…</source>
      <translation>House sheets (PDF)…</translation>
    </message>
    <message>
      <source>Export %1</source>
      <translation>Export %1</translation>
    </message>
    <message>
      <source>Existing conditions</source>
      <translation>Existing conditions</translation>
    </message>
    <message>
      <source>All options on one drawing</source>
      <translation>All options on one drawing</translation>
    </message>
    <message>
      <source>What</source>
      <translation>What</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>Browse…</translation>
    </message>
    <message>
      <source>File</source>
      <translation>File</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>Export</translation>
    </message>
    <message>
      <source>Exporting…</source>
      <translation>Exporting…</translation>
    </message>
    <message>
      <source>Exported %1</source>
      <translation>Exported %1</translation>
    </message>
    <message>
      <source>Not exported: %1</source>
      <translation>Not exported: %1</translation>
    </message>
    <message>
      <source>Exported %1 (it was finished before Cancel)</source>
      <translation>Exported %1 (it was finished before Cancel)</translation>
    </message>
    <message>
      <source>Export cancelled: %1 was not written</source>
      <translation>Export cancelled: %1 was not written</translation>
    </message>
  </context>
  <context>
    <name>GuidedTour</name>
    <message>
      <source>Back</source>
      <translation>Back</translation>
    </message>
    <message>
      <source>Next</source>
      <translation>Next</translation>
    </message>
    <message>
      <source>Skip the tour</source>
      <translation>Skip the tour</translation>
    </message>
    <message>
      <source>Open the sample</source>
      <translation>Open the sample</translation>
    </message>
    <message>
      <source>Start with the sample settlement: it opens as a copy, so you can try everything. Later, start from your own settlement's survey, GIS or DXF data here.</source>
      <translation>Start with the sample settlement: it opens as a copy, so you can try everything. Later, start from your own settlement's survey, GIS or DXF data here.</translation>
    </message>
    <message>
      <source>The tools</source>
      <translation>The tools</translation>
    </message>
    <message>
      <source>Select, draw plots, houses and paths, lay water pipes, add taps, toilets and lights. Each tool has a key; hover over a tool to see it.</source>
      <translation>Select, draw plots, houses and paths, lay water pipes, add taps, toilets and lights. Each tool has a key; hover over a tool to see it.</translation>
    </message>
    <message>
      <source>Draw a tap</source>
      <translation>Draw a tap</translation>
    </message>
    <message>
      <source>Choose an option in the Options panel, pick the tap, and click where it goes on the plan. Or type its position, such as 12.5, 30, and press Enter.</source>
      <translation>Choose an option in the Options panel, pick the tap, and click where it goes on the plan. Or type its position, such as 12.5, 30, and press Enter.</translation>
    </message>
    <message>
      <source>What it costs</source>
      <translation>What it costs</translation>
    </message>
    <message>
      <source>The Costs panel follows your drawing: the total, what each household pays and about how much a month.</source>
      <translation>The Costs panel follows your drawing: the total, what each household pays and about how much a month.</translation>
    </message>
    <message>
      <source>Compare the options</source>
      <translation>Compare the options</translation>
    </message>
    <message>
      <source>Every option side by side: cost per household, and who gets water and a toilet within reach.</source>
      <translation>Every option side by side: cost per household, and who gets water and a toilet within reach.</translation>
    </message>
    <message>
      <source>Workshop mode</source>
      <translation>Workshop mode</translation>
    </message>
    <message>
      <source>For the meeting with residents (F9): big pictures and plain words on the projector, the options as cards, and the vote.</source>
      <translation>For the meeting with residents (F9): big pictures and plain words on the projector, the options as cards, and the vote.</translation>
    </message>
    <message>
      <source>Help is here</source>
      <translation>Help is here</translation>
    </message>
    <message>
      <source>Read the user guide (F1) or take this tour again from the Help menu.</source>
      <translation>Read the user guide (F1) or take this tour again from the Help menu.</translation>
    </message>
    <message>
      <source>Step %1 of %2</source>
      <translation>Step %1 of %2</translation>
    </message>
    <message>
      <source>Finish</source>
      <translation>Finish</translation>
    </message>
  </context>
  <context>
    <name>HistoryDock</name>
    <message>
      <source>History</source>
      <translation>History</translation>
    </message>
    <message>
      <source>&lt;opened&gt;</source>
      <translation>&lt;opened&gt;</translation>
    </message>
  </context>
  <context>
    <name>HoursEditor</name>
    <message>
      <source>Supply hours are needed: type 00:00-24:00 for a supply that never stops</source>
      <translation>Supply hours are needed: type 00:00-24:00 for a supply that never stops</translation>
    </message>
    <message>
      <source>No hours given</source>
      <translation>No hours given</translation>
    </message>
    <message>
      <source>“%1” is not within the day (00:00 to 24:00)</source>
      <translation>“%1” is not within the day (00:00 to 24:00)</translation>
    </message>
    <message>
      <source>“%1” is not a time window such as 06:00-10:00</source>
      <translation>“%1” is not a time window such as 06:00-10:00</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>unknown</translation>
    </message>
    <message>
      <source>Type the hours as 06:00-10:00, 16:00-20:00</source>
      <translation>Type the hours as 06:00-10:00, 16:00-20:00</translation>
    </message>
    <message>
      <source>24 h</source>
      <translation>24 h</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Unknown</translation>
    </message>
    <message>
      <source>hours unknown</source>
      <translation>hours unknown</translation>
    </message>
    <message>
      <source>%1 h a day</source>
      <translation>%1 h a day</translation>
    </message>
  </context>
  <context>
    <name>HouseEditing</name>
    <message>
      <source>A house type needs at least one room.</source>
      <translation>A house type needs at least one room.</translation>
    </message>
    <message>
      <source>Click on a wall to put a door or window in it.</source>
      <translation>Click on a wall to put a door or window in it.</translation>
    </message>
  </context>
  <context>
    <name>HouseEditorDialog</name>
    <message>
      <source>House type: %1</source>
      <translation>House type: %1</translation>
    </message>
    <message>
      <source>Room %1</source>
      <translation>Room %1</translation>
    </message>
    <message>
      <source>Stage %1</source>
      <translation>Stage %1</translation>
    </message>
    <message>
      <source>Select</source>
      <translation>Select</translation>
    </message>
    <message>
      <source>Room</source>
      <translation>Room</translation>
    </message>
    <message>
      <source>Door</source>
      <translation>Door</translation>
    </message>
    <message>
      <source>Window</source>
      <translation>Window</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Delete</translation>
    </message>
    <message>
      <source>House type</source>
      <translation>House type</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Grid</source>
      <translation>Grid</translation>
    </message>
    <message>
      <source>Level</source>
      <translation>Level</translation>
    </message>
    <message>
      <source>Stages</source>
      <translation>Stages</translation>
    </message>
    <message>
      <source>Show and draw stage</source>
      <translation>Show and draw stage</translation>
    </message>
    <message>
      <source>Stage name</source>
      <translation>Stage name</translation>
    </message>
    <message>
      <source>Built by</source>
      <translation>Built by</translation>
    </message>
    <message>
      <source>Add a stage</source>
      <translation>Add a stage</translation>
    </message>
    <message>
      <source>Selected room or opening</source>
      <translation>Selected room or opening</translation>
    </message>
    <message>
      <source>Room name</source>
      <translation>Room name</translation>
    </message>
    <message>
      <source>Use</source>
      <translation>Use</translation>
    </message>
    <message>
      <source>Built in stage</source>
      <translation>Built in stage</translation>
    </message>
    <message>
      <source>Opening width</source>
      <translation>Opening width</translation>
    </message>
    <message>
      <source>Opening height</source>
      <translation>Opening height</translation>
    </message>
    <message>
      <source>Live check</source>
      <translation>Live check</translation>
    </message>
    <message>
      <source>Persons</source>
      <translation>Persons</translation>
    </message>
    <message>
      <source>Save as TOML…</source>
      <translation>Save as TOML…</translation>
    </message>
    <message>
      <source>no plot</source>
      <translation>no plot</translation>
    </message>
    <message>
      <source>Up to stage %1: %2 m² floor, %3 m² per person, plot coverage %4</source>
      <translation>Up to stage %1: %2 m² floor, %3 m² per person, plot coverage %4</translation>
    </message>
    <message>
      <source>Saved %1</source>
      <translation>Saved %1</translation>
    </message>
    <message>
      <source>Save house type</source>
      <translation>Save house type</translation>
    </message>
  </context>
  <context>
    <name>HouseTypesDialog</name>
    <message>
      <source>House types</source>
      <translation>House types</translation>
    </message>
    <message>
      <source>The project's house types first, then the library's.</source>
      <translation>The project's house types first, then the library's.</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Edit…</translation>
    </message>
    <message>
      <source>in this project</source>
      <translation>in this project</translation>
    </message>
    <message>
      <source>your library</source>
      <translation>your library</translation>
    </message>
    <message>
      <source>shipped with Jamii</source>
      <translation>shipped with Jamii</translation>
    </message>
  </context>
  <context>
    <name>HouseholdImportDialog</name>
    <message>
      <source>Import households</source>
      <translation>Import households</translation>
    </message>
    <message>
      <source>Choose file…</source>
      <translation>Choose file…</translation>
    </message>
    <message>
      <source>XLSForm (optional)</source>
      <translation>XLSForm (optional)</translation>
    </message>
    <message>
      <source>Choose form…</source>
      <translation>Choose form…</translation>
    </message>
    <message>
      <source>Names, phone numbers and free text are personal already; never exported</source>
      <translation>Names, phone numbers and free text are personal already; never exported</translation>
    </message>
    <message>
      <source>Household field</source>
      <translation>Household field</translation>
    </message>
    <message>
      <source>Column in the file</source>
      <translation>Column in the file</translation>
    </message>
    <message>
      <source>Report GPS points less precise than</source>
      <translation>Report GPS points less precise than</translation>
    </message>
    <message>
      <source>Also personal (questions, comma-separated)</source>
      <translation>Also personal (questions, comma-separated)</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Import</translation>
    </message>
    <message>
      <source>Survey export</source>
      <translation>Survey export</translation>
    </message>
    <message>
      <source>Survey exports (*.csv *.xlsx *.zip);;All files (*)</source>
      <translation>Survey exports (*.csv *.xlsx *.zip);;All files (*)</translation>
    </message>
    <message>
      <source>XLSForm</source>
      <translation>XLSForm</translation>
    </message>
    <message>
      <source>XLSForms (*.xlsx *.xls);;All files (*)</source>
      <translation>XLSForms (*.xlsx *.xls);;All files (*)</translation>
    </message>
    <message>
      <source>— not imported —</source>
      <translation>— not imported —</translation>
    </message>
    <message>
      <source>plain table</source>
      <translation>plain table</translation>
    </message>
    <message>
      <source>{kind} export, {rows} rows</source>
      <translation>{kind} export, {rows} rows</translation>
    </message>
    <message>
      <source>; repeats: {names}</source>
      <translation>; repeats: {names}</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>Row</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>Problem</translation>
    </message>
  </context>
  <context>
    <name>Households</name>
    <message>
      <source>Household</source>
      <translation>Household</translation>
    </message>
    <message>
      <source>Plot</source>
      <translation>Plot</translation>
    </message>
    <message>
      <source>Persons</source>
      <translation>Persons</translation>
    </message>
    <message>
      <source>Children</source>
      <translation>Children</translation>
    </message>
    <message>
      <source>Head</source>
      <translation>Head</translation>
    </message>
    <message>
      <source>Tenure</source>
      <translation>Tenure</translation>
    </message>
    <message>
      <source>Savings group</source>
      <translation>Savings group</translation>
    </message>
    <message>
      <source>Balance</source>
      <translation>Balance</translation>
    </message>
    <message>
      <source>Saves / month</source>
      <translation>Saves / month</translation>
    </message>
    <message>
      <source>Survey answers</source>
      <translation>Survey answers</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>Households</source>
      <translation>Households</translation>
    </message>
  </context>
  <context>
    <name>HouseholdsHost</name>
    <message>
      <source>Households</source>
      <translation>Households</translation>
    </message>
  </context>
  <context>
    <name>HouseholdsPanel</name>
    <message>
      <source>Filter: plot, household, group… or question=answer</source>
      <translation>Filter: plot, household, group… or question=answer</translation>
    </message>
    <message>
      <source>Without plot</source>
      <translation>Without plot</translation>
    </message>
    <message>
      <source>Show names</source>
      <translation>Show names</translation>
    </message>
    <message>
      <source>Names and phone numbers stay in the project file; hide them on a projector</source>
      <translation>Names and phone numbers stay in the project file; hide them on a projector</translation>
    </message>
    <message>
      <source>Place on a plot</source>
      <translation>Place on a plot</translation>
    </message>
    <message>
      <source>Select a household, press this, then click its plot on the plan</source>
      <translation>Select a household, press this, then click its plot on the plan</translation>
    </message>
    <message>
      <source>{shown} of {total} households · {persons} persons</source>
      <translation>{shown} of {total} households · {persons} persons</translation>
    </message>
    <message>
      <source>{n} not placed on a plot</source>
      <translation>{n} not placed on a plot</translation>
    </message>
  </context>
  <context>
    <name>ImageryDialog</name>
    <message>
      <source>Imagery layers</source>
      <translation>Imagery layers</translation>
    </message>
    <message>
      <source>YYYY-MM-DD, empty when not known</source>
      <translation>YYYY-MM-DD, empty when not known</translation>
    </message>
    <message>
      <source>Shown</source>
      <translation>Shown</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Date taken</source>
      <translation>Date taken</translation>
    </message>
    <message>
      <source>Opacity</source>
      <translation>Opacity</translation>
    </message>
    <message>
      <source>Brightness</source>
      <translation>Brightness</translation>
    </message>
    <message>
      <source>Contrast</source>
      <translation>Contrast</translation>
    </message>
    <message>
      <source>Move up</source>
      <translation>Move up</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>Move down</translation>
    </message>
    <message>
      <source>Re-link…</source>
      <translation>Re-link…</translation>
    </message>
    <message>
      <source>Build overviews…</source>
      <translation>Build overviews…</translation>
    </message>
    <message>
      <source> (file missing)</source>
      <translation> (file missing)</translation>
    </message>
    <message>
      <source> (file changed)</source>
      <translation> (file changed)</translation>
    </message>
    <message>
      <source>No imagery layers: add one with File ▸ Import ▸ Background image.</source>
      <translation>No imagery layers: add one with File ▸ Import ▸ Background image.</translation>
    </message>
    <message>
      <source>Re-link</source>
      <translation>Re-link</translation>
    </message>
  </context>
  <context>
    <name>ItemMappingDialog</name>
    <message>
      <source>Map cost-library items</source>
      <translation>Map cost-library items</translation>
    </message>
    <message>
      <source>For each Jamii item, the item of cost library {name} that prices it. Where the units differ, give the conversion factor (library units per Jamii unit): the bill prints it. An item left empty stays unpriced if the library lacks it.</source>
      <translation>For each Jamii item, the item of cost library {name} that prices it. Where the units differ, give the conversion factor (library units per Jamii unit): the bill prints it. An item left empty stays unpriced if the library lacks it.</translation>
    </message>
    <message>
      <source>Show items containing…</source>
      <translation>Show items containing…</translation>
    </message>
    <message>
      <source>Jamii item</source>
      <translation>Jamii item</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Unit</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <source>Library item</source>
      <translation>Library item</translation>
    </message>
    <message>
      <source>Library unit</source>
      <translation>Library unit</translation>
    </message>
    <message>
      <source>Factor</source>
      <translation>Factor</translation>
    </message>
    <message>
      <source>Unit check</source>
      <translation>Unit check</translation>
    </message>
    <message>
      <source>also write a mapping file (.toml), optional</source>
      <translation>also write a mapping file (.toml), optional</translation>
    </message>
    <message>
      <source>Mapping file…</source>
      <translation>Mapping file…</translation>
    </message>
    <message>
      <source>the factor is not a number greater than 0</source>
      <translation>the factor is not a number greater than 0</translation>
    </message>
    <message>
      <source>priced by the library's own item {code}</source>
      <translation>priced by the library's own item {code}</translation>
    </message>
    <message>
      <source>not mapped: the line stays unpriced</source>
      <translation>not mapped: the line stays unpriced</translation>
    </message>
    <message>
      <source>no item {code} in this library</source>
      <translation>no item {code} in this library</translation>
    </message>
    <message>
      <source>same unit</source>
      <translation>same unit</translation>
    </message>
    <message>
      <source>a quantity in {unit} cannot take a rate per {target}: give a factor ({target} per {unit})</source>
      <translation>a quantity in {unit} cannot take a rate per {target}: give a factor ({target} per {unit})</translation>
    </message>
    <message>
      <source>1 {unit} = {factor} {target} (shown on the bill)</source>
      <translation>1 {unit} = {factor} {target} (shown on the bill)</translation>
    </message>
    <message>
      <source>{n} item(s) fail the unit check: Save stays off until they are fixed.</source>
      <translation>{n} item(s) fail the unit check: Save stays off until they are fixed.</translation>
    </message>
    <message>
      <source>Mapping file</source>
      <translation>Mapping file</translation>
    </message>
    <message>
      <source>Mapping file (*.toml)</source>
      <translation>Mapping file (*.toml)</translation>
    </message>
  </context>
  <context>
    <name>LayersDock</name>
    <message>
      <source>Layers</source>
      <translation>Layers</translation>
    </message>
    <message>
      <source>Layer</source>
      <translation>Layer</translation>
    </message>
    <message>
      <source>Locked</source>
      <translation>Locked</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Compare</source>
      <translation>Compare</translation>
    </message>
    <message>
      <source>&amp;New</source>
      <translation>&amp;New</translation>
    </message>
    <message>
      <source>&amp;Open…</source>
      <translation>&amp;Open…</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Save</translation>
    </message>
    <message>
      <source>Save &amp;As…</source>
      <translation>Save &amp;As…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Delete</translation>
    </message>
    <message>
      <source>Select &amp;All</source>
      <translation>Select &amp;All</translation>
    </message>
    <message>
      <source>&amp;Preferences…</source>
      <translation>&amp;Preferences…</translation>
    </message>
    <message>
      <source>Zoom &amp;In</source>
      <translation>Zoom &amp;In</translation>
    </message>
    <message>
      <source>Zoom &amp;Out</source>
      <translation>Zoom &amp;Out</translation>
    </message>
    <message>
      <source>&amp;Whole Plan</source>
      <translation>&amp;Whole Plan</translation>
    </message>
    <message>
      <source>&amp;Workshop Mode</source>
      <translation>&amp;Workshop Mode</translation>
    </message>
    <message>
      <source>&amp;Full Screen</source>
      <translation>&amp;Full Screen</translation>
    </message>
    <message>
      <source>Workshop</source>
      <translation>Workshop</translation>
    </message>
    <message>
      <source>Switch workshop mode on or off (F9)</source>
      <translation>Switch workshop mode on or off (F9)</translation>
    </message>
    <message>
      <source>Whole plan</source>
      <translation>Whole plan</translation>
    </message>
    <message>
      <source>&amp;About Jamii</source>
      <translation>&amp;About Jamii</translation>
    </message>
    <message>
      <source>House &amp;types…</source>
      <translation>House &amp;types…</translation>
    </message>
    <message>
      <source>Add an &amp;item by hand…</source>
      <translation>Add an &amp;item by hand…</translation>
    </message>
    <message>
      <source>Add a priced item that is not drawn (a quote, a notice board) to the shown option's bill</source>
      <translation>Add a priced item that is not drawn (a quote, a notice board) to the shown option's bill</translation>
    </message>
    <message>
      <source>Costing &amp;assumptions…</source>
      <translation>Costing &amp;assumptions…</translation>
    </message>
    <message>
      <source>&amp;Map cost-library items…</source>
      <translation>&amp;Map cost-library items…</translation>
    </message>
    <message>
      <source>Choose which item of the project's cost library prices each Jamii item, with the unit check</source>
      <translation>Choose which item of the project's cost library prices each Jamii item, with the unit check</translation>
    </message>
    <message>
      <source>House types</source>
      <translation>House types</translation>
    </message>
    <message>
      <source>Draw and edit the project's house types, room by room</source>
      <translation>Draw and edit the project's house types, room by room</translation>
    </message>
    <message>
      <source>Select and move</source>
      <translation>Select and move</translation>
    </message>
    <message>
      <source>Rotate</source>
      <translation>Rotate</translation>
    </message>
    <message>
      <source>Edit corners</source>
      <translation>Edit corners</translation>
    </message>
    <message>
      <source>Draw plot</source>
      <translation>Draw plot</translation>
    </message>
    <message>
      <source>Draw building (rectangle)</source>
      <translation>Draw building (rectangle)</translation>
    </message>
    <message>
      <source>Draw building (outline)</source>
      <translation>Draw building (outline)</translation>
    </message>
    <message>
      <source>Draw hazard area</source>
      <translation>Draw hazard area</translation>
    </message>
    <message>
      <source>Draw path or road</source>
      <translation>Draw path or road</translation>
    </message>
    <message>
      <source>Draw water main</source>
      <translation>Draw water main</translation>
    </message>
    <message>
      <source>Draw sewer</source>
      <translation>Draw sewer</translation>
    </message>
    <message>
      <source>Draw drain</source>
      <translation>Draw drain</translation>
    </message>
    <message>
      <source>Add standpipe</source>
      <translation>Add standpipe</translation>
    </message>
    <message>
      <source>Add water kiosk</source>
      <translation>Add water kiosk</translation>
    </message>
    <message>
      <source>Add toilet</source>
      <translation>Add toilet</translation>
    </message>
    <message>
      <source>Add manhole</source>
      <translation>Add manhole</translation>
    </message>
    <message>
      <source>Add street light</source>
      <translation>Add street light</translation>
    </message>
    <message>
      <source>Measure</source>
      <translation>Measure</translation>
    </message>
    <message>
      <source>Split plot</source>
      <translation>Split plot</translation>
    </message>
    <message>
      <source>Eraser: remove what this option added</source>
      <translation>Eraser: remove what this option added</translation>
    </message>
    <message>
      <source>Mark for demolition</source>
      <translation>Mark for demolition</translation>
    </message>
    <message>
      <source>Mark for relocation</source>
      <translation>Mark for relocation</translation>
    </message>
    <message>
      <source>Select</source>
      <translation>Select</translation>
    </message>
    <message>
      <source>Turn</source>
      <translation>Turn</translation>
    </message>
    <message>
      <source>Corners</source>
      <translation>Corners</translation>
    </message>
    <message>
      <source>Plot</source>
      <translation>Plot</translation>
    </message>
    <message>
      <source>House</source>
      <translation>House</translation>
    </message>
    <message>
      <source>House shape</source>
      <translation>House shape</translation>
    </message>
    <message>
      <source>Danger</source>
      <translation>Danger</translation>
    </message>
    <message>
      <source>Path</source>
      <translation>Path</translation>
    </message>
    <message>
      <source>Water pipe</source>
      <translation>Water pipe</translation>
    </message>
    <message>
      <source>Sewer</source>
      <translation>Sewer</translation>
    </message>
    <message>
      <source>Drain</source>
      <translation>Drain</translation>
    </message>
    <message>
      <source>Tap</source>
      <translation>Tap</translation>
    </message>
    <message>
      <source>Kiosk</source>
      <translation>Kiosk</translation>
    </message>
    <message>
      <source>Toilet</source>
      <translation>Toilet</translation>
    </message>
    <message>
      <source>Manhole</source>
      <translation>Manhole</translation>
    </message>
    <message>
      <source>Light</source>
      <translation>Light</translation>
    </message>
    <message>
      <source>Split</source>
      <translation>Split</translation>
    </message>
    <message>
      <source>Eraser</source>
      <translation>Eraser</translation>
    </message>
    <message>
      <source>Take down house</source>
      <translation>Take down house</translation>
    </message>
    <message>
      <source>Move house</source>
      <translation>Move house</translation>
    </message>
    <message>
      <source>Click to select, shift-click to add, drag to move, drag on empty ground to select an area.</source>
      <translation>Click to select, shift-click to add, drag to move, drag on empty ground to select an area.</translation>
    </message>
    <message>
      <source>Drag to rotate the selection; hold shift for 15° steps; or type an angle and press Enter.</source>
      <translation>Drag to rotate the selection; hold shift for 15° steps; or type an angle and press Enter.</translation>
    </message>
    <message>
      <source>Drag a corner; double-click an edge to add one; ctrl-click a corner to remove it.</source>
      <translation>Drag a corner; double-click an edge to add one; ctrl-click a corner to remove it.</translation>
    </message>
    <message>
      <source>Click the corners; click the first corner or press Enter to finish. Type a length + Enter.</source>
      <translation>Click the corners; click the first corner or press Enter to finish. Type a length + Enter.</translation>
    </message>
    <message>
      <source>Click two corners, then the depth. Type 6x8 + Enter for a 6 m × 8 m building.</source>
      <translation>Click two corners, then the depth. Type 6x8 + Enter for a 6 m × 8 m building.</translation>
    </message>
    <message>
      <source>Click along the centre line; double-click or Enter to finish. Width is set in the tool bar.</source>
      <translation>Click along the centre line; double-click or Enter to finish. Width is set in the tool bar.</translation>
    </message>
    <message>
      <source>Click along the pipe; it joins the network at nodes. Double-click or Enter to finish.</source>
      <translation>Click along the pipe; it joins the network at nodes. Double-click or Enter to finish.</translation>
    </message>
    <message>
      <source>Click where the standpipe goes.</source>
      <translation>Click where the standpipe goes.</translation>
    </message>
    <message>
      <source>Click points to measure length; three or more points also give the area.</source>
      <translation>Click points to measure length; three or more points also give the area.</translation>
    </message>
    <message>
      <source>Click two points across a plot to cut it in two.</source>
      <translation>Click two points across a plot to cut it in two.</translation>
    </message>
    <message>
      <source>Click a tap, toilet, path or house this option added to take it away again; today's settlement is never erased.</source>
      <translation>Click a tap, toilet, path or house this option added to take it away again; today's settlement is never erased.</translation>
    </message>
    <message>
      <source>Click a building to mark it for demolition in this option; click again to unmark.</source>
      <translation>Click a building to mark it for demolition in this option; click again to unmark.</translation>
    </message>
    <message>
      <source>Click a building, then the plot its household moves to; Enter leaves the plot open.</source>
      <translation>Click a building, then the plot its household moves to; Enter leaves the plot open.</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <source>Open &amp;Recent</source>
      <translation>Open &amp;Recent</translation>
    </message>
    <message>
      <source>&amp;Import</source>
      <translation>&amp;Import</translation>
    </message>
    <message>
      <source>DXF drawing…</source>
      <translation>DXF drawing…</translation>
    </message>
    <message>
      <source>GIS file…</source>
      <translation>GIS file…</translation>
    </message>
    <message>
      <source>Background image…</source>
      <translation>Background image…</translation>
    </message>
    <message>
      <source>Imagery layers…</source>
      <translation>Imagery layers…</translation>
    </message>
    <message>
      <source>&amp;Export</source>
      <translation>&amp;Export</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Edit</translation>
    </message>
    <message>
      <source>&amp;Tools</source>
      <translation>&amp;Tools</translation>
    </message>
    <message>
      <source>Type &amp;coordinates</source>
      <translation>Type &amp;coordinates</translation>
    </message>
    <message>
      <source>&amp;Design</source>
      <translation>&amp;Design</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;View</translation>
    </message>
    <message>
      <source>Snap to corners</source>
      <translation>Snap to corners</translation>
    </message>
    <message>
      <source>Snap to edges</source>
      <translation>Snap to edges</translation>
    </message>
    <message>
      <source>Snap to right angles</source>
      <translation>Snap to right angles</translation>
    </message>
    <message>
      <source>&amp;Panels</source>
      <translation>&amp;Panels</translation>
    </message>
    <message>
      <source>Fit the panels to the window</source>
      <translation>Fit the panels to the window</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <source>&amp;User guide</source>
      <translation>&amp;User guide</translation>
    </message>
    <message>
      <source>Guided &amp;tour</source>
      <translation>Guided &amp;tour</translation>
    </message>
    <message>
      <source>&amp;Welcome page</source>
      <translation>&amp;Welcome page</translation>
    </message>
    <message>
      <source>File</source>
      <translation>File</translation>
    </message>
    <message>
      <source>Tools</source>
      <translation>Tools</translation>
    </message>
    <message>
      <source>Path width</source>
      <translation>Path width</translation>
    </message>
    <message>
      <source>View</source>
      <translation>View</translation>
    </message>
    <message>
      <source>Workshop controls</source>
      <translation>Workshop controls</translation>
    </message>
    <message>
      <source>Find plots without access</source>
      <translation>Find plots without access</translation>
    </message>
    <message>
      <source>Propose access paths</source>
      <translation>Propose access paths</translation>
    </message>
    <message>
      <source>local metres, no coordinate system</source>
      <translation>local metres, no coordinate system</translation>
    </message>
    <message>
      <source>The drawing is not placed on the Earth: import a survey or set the CRS in Properties.</source>
      <translation>The drawing is not placed on the Earth: import a survey or set the CRS in Properties.</translation>
    </message>
    <message>
      <source>Currency: %1</source>
      <translation>Currency: %1</translation>
    </message>
    <message>
      <source>(chosen from the country the data lies in)</source>
      <translation>(chosen from the country the data lies in)</translation>
    </message>
    <message>
      <source>(chosen by you)</source>
      <translation>(chosen by you)</translation>
    </message>
    <message>
      <source>not saved</source>
      <translation>not saved</translation>
    </message>
    <message>
      <source>(read-only)</source>
      <translation>(read-only)</translation>
    </message>
    <message>
      <source>Existing conditions</source>
      <translation>Existing conditions</translation>
    </message>
    <message>
      <source>x %1 m, y %2 m</source>
      <translation>x %1 m, y %2 m</translation>
    </message>
    <message>
      <source>length %1 m</source>
      <translation>length %1 m</translation>
    </message>
    <message>
      <source>area %1 m²</source>
      <translation>area %1 m²</translation>
    </message>
    <message>
      <source>angle %1°</source>
      <translation>angle %1°</translation>
    </message>
    <message>
      <source>typed: %1</source>
      <translation>typed: %1</translation>
    </message>
    <message>
      <source>Please confirm</source>
      <translation>Please confirm</translation>
    </message>
    <message>
      <source>Not done: %1</source>
      <translation>Not done: %1</translation>
    </message>
    <message>
      <source>New settlement</source>
      <translation>New settlement</translation>
    </message>
    <message>
      <source>Open project</source>
      <translation>Open project</translation>
    </message>
    <message>
      <source>Jamii projects (*.jamii)</source>
      <translation>Jamii projects (*.jamii)</translation>
    </message>
    <message>
      <source>Cannot open</source>
      <translation>Cannot open</translation>
    </message>
    <message>
      <source>Opened read-only</source>
      <translation>Opened read-only</translation>
    </message>
    <message>
      <source>%1. The project is opened read-only: Save will ask for a new file name.</source>
      <translation>%1. The project is opened read-only: Save will ask for a new file name.</translation>
    </message>
    <message>
      <source>This is a copy of %1 shipped with Jamii: Save asks where to keep your work.</source>
      <translation>This is a copy of %1 shipped with Jamii: Save asks where to keep your work.</translation>
    </message>
    <message>
      <source>Save project</source>
      <translation>Save project</translation>
    </message>
    <message>
      <source>Cannot save</source>
      <translation>Cannot save</translation>
    </message>
    <message>
      <source>Saved %1</source>
      <translation>Saved %1</translation>
    </message>
    <message>
      <source>Changed on disk</source>
      <translation>Changed on disk</translation>
    </message>
    <message>
      <source>%1 was changed by another program since you opened it. Saving now would lose that change.</source>
      <translation>%1 was changed by another program since you opened it. Saving now would lose that change.</translation>
    </message>
    <message>
      <source>Reload from disk</source>
      <translation>Reload from disk</translation>
    </message>
    <message>
      <source>Save as…</source>
      <translation>Save as…</translation>
    </message>
    <message>
      <source>Only in the file on disk: %1</source>
      <translation>Only in the file on disk: %1</translation>
    </message>
    <message>
      <source>Only in this window: %1</source>
      <translation>Only in this window: %1</translation>
    </message>
    <message>
      <source>Different in both: %1</source>
      <translation>Different in both: %1</translation>
    </message>
    <message>
      <source>Unsaved changes</source>
      <translation>Unsaved changes</translation>
    </message>
    <message>
      <source>Save the changes to %1?</source>
      <translation>Save the changes to %1?</translation>
    </message>
    <message>
      <source>Recover unsaved work?</source>
      <translation>Recover unsaved work?</translation>
    </message>
    <message>
      <source>Jamii did not close properly last time. Open the automatic copy of your unsaved work?</source>
      <translation>Jamii did not close properly last time. Open the automatic copy of your unsaved work?</translation>
    </message>
    <message>
      <source>Cannot recover</source>
      <translation>Cannot recover</translation>
    </message>
    <message>
      <source>Choose an option first: items by hand go on an option's bill.</source>
      <translation>Choose an option first: items by hand go on an option's bill.</translation>
    </message>
    <message>
      <source>Add an item by hand</source>
      <translation>Add an item by hand</translation>
    </message>
    <message>
      <source>Costing assumptions</source>
      <translation>Costing assumptions</translation>
    </message>
  </context>
  <context>
    <name>ManualItemDialog</name>
    <message>
      <source>Add an item by hand</source>
      <translation>Add an item by hand</translation>
    </message>
    <message>
      <source>in the bill's currency</source>
      <translation>in the bill's currency</translation>
    </message>
    <message>
      <source>or a cost-library item code</source>
      <translation>or a cost-library item code</translation>
    </message>
    <message>
      <source>where the quantity or rate comes from</source>
      <translation>where the quantity or rate comes from</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Unit</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>Quantity</translation>
    </message>
    <message>
      <source>Rate</source>
      <translation>Rate</translation>
    </message>
    <message>
      <source>Library code</source>
      <translation>Library code</translation>
    </message>
    <message>
      <source>Bill</source>
      <translation>Bill</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>{label}: {text!r} is not a number</source>
      <translation>{label}: {text!r} is not a number</translation>
    </message>
  </context>
  <context>
    <name>OptionsDock</name>
    <message>
      <source>Options</source>
      <translation>Options</translation>
    </message>
    <message>
      <source>New</source>
      <translation>New</translation>
    </message>
    <message>
      <source>Duplicate</source>
      <translation>Duplicate</translation>
    </message>
    <message>
      <source>Rename…</source>
      <translation>Rename…</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Delete</translation>
    </message>
    <message>
      <source>Highlight what this option changes</source>
      <translation>Highlight what this option changes</translation>
    </message>
    <message>
      <source>Existing conditions</source>
      <translation>Existing conditions</translation>
    </message>
    <message>
      <source>%1 (%2 changes)</source>
      <translation>%1 (%2 changes)</translation>
    </message>
    <message>
      <source>Option %1</source>
      <translation>Option %1</translation>
    </message>
    <message>
      <source>%1 (copy)</source>
      <translation>%1 (copy)</translation>
    </message>
    <message>
      <source>Rename option</source>
      <translation>Rename option</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Delete option</source>
      <translation>Delete option</translation>
    </message>
    <message>
      <source>Delete the option “%1” and everything it proposes?</source>
      <translation>Delete the option “%1” and everything it proposes?</translation>
    </message>
  </context>
  <context>
    <name>People</name>
    <message>
      <source>&amp;People</source>
      <translation>&amp;People</translation>
    </message>
    <message>
      <source>Import households…</source>
      <translation>Import households…</translation>
    </message>
    <message>
      <source>Record a workshop…</source>
      <translation>Record a workshop…</translation>
    </message>
    <message>
      <source>Delete the latest workshop record…</source>
      <translation>Delete the latest workshop record…</translation>
    </message>
    <message>
      <source>Open phone voting…</source>
      <translation>Open phone voting…</translation>
    </message>
    <message>
      <source>Vote</source>
      <translation>Vote</translation>
    </message>
    <message>
      <source>Delete the workshop record of %1 with its %2 ballots? This cannot be undone.</source>
      <translation>Delete the workshop record of %1 with its %2 ballots? This cannot be undone.</translation>
    </message>
    <message>
      <source>Delete workshop record</source>
      <translation>Delete workshop record</translation>
    </message>
  </context>
  <context>
    <name>PhoneVotingDialog</name>
    <message>
      <source>Phone voting</source>
      <translation>Phone voting</translation>
    </message>
    <message>
      <source>Record a workshop first.</source>
      <translation>Record a workshop first.</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Start</translation>
    </message>
    <message>
      <source>Close the vote</source>
      <translation>Close the vote</translation>
    </message>
    <message>
      <source>Workshop</source>
      <translation>Workshop</translation>
    </message>
    <message>
      <source>Hall network address</source>
      <translation>Hall network address</translation>
    </message>
    <message>
      <source>Port</source>
      <translation>Port</translation>
    </message>
    <message>
      <source>Make and print codes…</source>
      <translation>Make and print codes…</translation>
    </message>
    <message>
      <source>Codes</source>
      <translation>Codes</translation>
    </message>
    <message>
      <source>Print codes</source>
      <translation>Print codes</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <source>%1 codes printed to %2</source>
      <translation>%1 codes printed to %2</translation>
    </message>
    <message>
      <source>Phones open %1 — projector: %2</source>
      <translation>Phones open %1 — projector: %2</translation>
    </message>
    <message>
      <source>Stop listening</source>
      <translation>Stop listening</translation>
    </message>
    <message>
      <source>The vote is closed.</source>
      <translation>The vote is closed.</translation>
    </message>
    <message>
      <source>%1 of %2 codes have voted</source>
      <translation>%1 of %2 codes have voted</translation>
    </message>
    <message>
      <source>Phone ballots</source>
      <translation>Phone ballots</translation>
    </message>
  </context>
  <context>
    <name>PreferencesDialog</name>
    <message>
      <source>Preferences</source>
      <translation>Preferences</translation>
    </message>
    <message>
      <source>System language</source>
      <translation>System language</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Language</translation>
    </message>
    <message>
      <source>A new language is used from the next start.</source>
      <translation>A new language is used from the next start.</translation>
    </message>
    <message>
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <source>Save a safety copy every</source>
      <translation>Save a safety copy every</translation>
    </message>
    <message>
      <source>off</source>
      <translation>off</translation>
    </message>
    <message>
      <source>Snap to a grid of</source>
      <translation>Snap to a grid of</translation>
    </message>
  </context>
  <context>
    <name>PropertiesDock</name>
    <message>
      <source>Properties</source>
      <translation>Properties</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>Area</translation>
    </message>
    <message>
      <source>Length</source>
      <translation>Length</translation>
    </message>
    <message>
      <source>Chosen from the country the imported data lies in (%1); pick another to change it.</source>
      <translation>Chosen from the country the imported data lies in (%1); pick another to change it.</translation>
    </message>
    <message>
      <source>Chosen by you: imports never change it.</source>
      <translation>Chosen by you: imports never change it.</translation>
    </message>
    <message>
      <source>The default currency: the first import sets it from the data's country.</source>
      <translation>The default currency: the first import sets it from the data's country.</translation>
    </message>
    <message>
      <source>%1 is not a currency code (three letters, e.g. KES, DJF, USD)</source>
      <translation>%1 is not a currency code (three letters, e.g. KES, DJF, USD)</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>unknown</translation>
    </message>
    <message>
      <source>%1 is not a number</source>
      <translation>%1 is not a number</translation>
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>Save All</source>
      <translation>Save All</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Open</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>&amp;Yes</translation>
    </message>
    <message>
      <source>Yes to &amp;All</source>
      <translation>Yes to &amp;All</translation>
    </message>
    <message>
      <source>&amp;No</source>
      <translation>&amp;No</translation>
    </message>
    <message>
      <source>N&amp;o to All</source>
      <translation>N&amp;o to All</translation>
    </message>
    <message>
      <source>Abort</source>
      <translation>Abort</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Retry</translation>
    </message>
    <message>
      <source>Ignore</source>
      <translation>Ignore</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Discard</translation>
    </message>
    <message>
      <source>Don't Save</source>
      <translation>Don't Save</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Help</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Apply</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Reset</translation>
    </message>
    <message>
      <source>Restore Defaults</source>
      <translation>Restore Defaults</translation>
    </message>
  </context>
  <context>
    <name>ResultsChart</name>
    <message>
      <source>Women</source>
      <translation>Women</translation>
    </message>
    <message>
      <source>Men</source>
      <translation>Men</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Other</translation>
    </message>
    <message>
      <source>Children</source>
      <translation>Children</translation>
    </message>
    <message>
      <source>Youth</source>
      <translation>Youth</translation>
    </message>
    <message>
      <source>Adults</source>
      <translation>Adults</translation>
    </message>
    <message>
      <source>Elders</source>
      <translation>Elders</translation>
    </message>
  </context>
  <context>
    <name>ServedRoutes</name>
    <message>
      <source>Draw a path</source>
      <translation>Draw a path</translation>
    </message>
    <message>
      <source>Connect this plot to the paths so its walks can be measured</source>
      <translation>Connect this plot to the paths so its walks can be measured</translation>
    </message>
    <message>
      <source>No paths drawn yet: whether this plot has path access, and how far it walks, cannot be told. Draw the paths, or derive them from the plots (Access).</source>
      <translation>No paths drawn yet: whether this plot has path access, and how far it walks, cannot be told. Draw the paths, or derive them from the plots (Access).</translation>
    </message>
    <message>
      <source>No path from this plot: distances are walked along the drawn paths. Draw a path to its gate.</source>
      <translation>No path from this plot: distances are walked along the drawn paths. Draw a path to its gate.</translation>
    </message>
    <message>
      <source>Water</source>
      <translation>Water</translation>
    </message>
    <message>
      <source>Toilet</source>
      <translation>Toilet</translation>
    </message>
    <message>
      <source>%1: on the plot</source>
      <translation>%1: on the plot</translation>
    </message>
    <message>
      <source>%1: none reachable along the paths</source>
      <translation>%1: none reachable along the paths</translation>
    </message>
    <message>
      <source>%1: %2 m walk (within %3 m)</source>
      <translation>%1: %2 m walk (within %3 m)</translation>
    </message>
    <message>
      <source>%1: %2 m walk — more than %3 m</source>
      <translation>%1: %2 m walk — more than %3 m</translation>
    </message>
  </context>
  <context>
    <name>ServedWords</name>
    <message>
      <source>Water points and toilets are not drawn yet: who is served cannot be told.</source>
      <translation>Water points and toilets are not drawn yet: who is served cannot be told.</translation>
    </message>
    <message>
      <source>Toilets are not drawn yet: who has a toilet within reach cannot be told.</source>
      <translation>Toilets are not drawn yet: who has a toilet within reach cannot be told.</translation>
    </message>
    <message>
      <source>Water points are not drawn yet: who has water within reach cannot be told.</source>
      <translation>Water points are not drawn yet: who has water within reach cannot be told.</translation>
    </message>
    <message>
      <source>Paths are not drawn yet: who has water and a toilet within reach cannot be told.</source>
      <translation>Paths are not drawn yet: who has water and a toilet within reach cannot be told.</translation>
    </message>
    <message>
      <source>Water and a toilet within reach for &lt;b&gt;%1 of %2 households&lt;/b&gt;.</source>
      <translation>Water and a toilet within reach for &lt;b&gt;%1 of %2 households&lt;/b&gt;.</translation>
    </message>
    <message>
      <source>Water and a toilet within reach for &lt;b&gt;%1 of %2 households&lt;/b&gt; (assumed, no survey yet).</source>
      <translation>Water and a toilet within reach for &lt;b&gt;%1 of %2 households&lt;/b&gt; (assumed, no survey yet).</translation>
    </message>
  </context>
  <context>
    <name>SharedByDialog</name>
    <message>
      <source>Who may use %1</source>
      <translation>Who may use %1</translation>
    </message>
    <message>
      <source>Filter by plot number or household</source>
      <translation>Filter by plot number or household</translation>
    </message>
    <message>
      <source>%1 (not in this option)</source>
      <translation>%1 (not in this option)</translation>
    </message>
    <message>
      <source>Plot %1: %2 m away, %3 households</source>
      <translation>Plot %1: %2 m away, %3 households</translation>
    </message>
    <message>
      <source>Household %1 on plot %2 (%3 persons)</source>
      <translation>Household %1 on plot %2 (%3 persons)</translation>
    </message>
    <message>
      <source>%1 plots and %2 households chosen</source>
      <translation>%1 plots and %2 households chosen</translation>
    </message>
  </context>
  <context>
    <name>StandardsDock</name>
    <message>
      <source>Standards</source>
      <translation>Standards</translation>
    </message>
    <message>
      <source>No overlay</source>
      <translation>No overlay</translation>
    </message>
    <message>
      <source>Distance to water</source>
      <translation>Distance to water</translation>
    </message>
    <message>
      <source>Distance to a toilet</source>
      <translation>Distance to a toilet</translation>
    </message>
    <message>
      <source>The standards check is not installed.</source>
      <translation>The standards check is not installed.</translation>
    </message>
    <message>
      <source>Blue: within half of %1 m. Yellow: within %1 m. Red: farther, or none reachable.</source>
      <translation>Blue: within half of %1 m. Yellow: within %1 m. Red: farther, or none reachable.</translation>
    </message>
    <message>
      <source>No paths drawn yet: walking distances and path access cannot be told.</source>
      <translation>No paths drawn yet: walking distances and path access cannot be told.</translation>
    </message>
  </context>
  <context>
    <name>Startup</name>
    <message>
      <source>Starting Jamii…</source>
      <translation>Starting Jamii…</translation>
    </message>
    <message>
      <source>Reading the project…</source>
      <translation>Reading the project…</translation>
    </message>
    <message>
      <source>Preparing the panels…</source>
      <translation>Preparing the panels…</translation>
    </message>
    <message>
      <source>Drawing the plan…</source>
      <translation>Drawing the plan…</translation>
    </message>
    <message>
      <source>Opening the project</source>
      <translation>Opening the project</translation>
    </message>
  </context>
  <context>
    <name>SurveyImportDialog</name>
    <message>
      <source>Import a base survey</source>
      <translation>Import a base survey</translation>
    </message>
    <message>
      <source>No file chosen</source>
      <translation>No file chosen</translation>
    </message>
    <message>
      <source>as the file says (EPSG:32737, a PROJ string, WKT or a .prj file)</source>
      <translation>as the file says (EPSG:32737, a PROJ string, WKT or a .prj file)</translation>
    </message>
    <message>
      <source>Coordinate system of the file</source>
      <translation>Coordinate system of the file</translation>
    </message>
    <message>
      <source>latitude,longitude (e.g. -6.80,39.24) or a country code (KE, TZ)</source>
      <translation>latitude,longitude (e.g. -6.80,39.24) or a country code (KE, TZ)</translation>
    </message>
    <message>
      <source>Where the data should land. An import into a project that already has a drawing is checked against it; a first import is checked against this place.</source>
      <translation>Where the data should land. An import into a project that already has a drawing is checked against it; a first import is checked against this place.</translation>
    </message>
    <message>
      <source>Where the data should be</source>
      <translation>Where the data should be</translation>
    </message>
    <message>
      <source>Layer in the file</source>
      <translation>Layer in the file</translation>
    </message>
    <message>
      <source>Becomes</source>
      <translation>Becomes</translation>
    </message>
    <message>
      <source>What the import will create</source>
      <translation>What the import will create</translation>
    </message>
    <message>
      <source>Choose file…</source>
      <translation>Choose file…</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Import</translation>
    </message>
    <message>
      <source>DXF drawings (*.dxf)</source>
      <translation>DXF drawings (*.dxf)</translation>
    </message>
    <message>
      <source>GIS files (*.geojson *.json *.gpkg *.shp *.csv *.osm *.pbf)</source>
      <translation>GIS files (*.geojson *.json *.gpkg *.shp *.csv *.osm *.pbf)</translation>
    </message>
    <message>
      <source>(leave out)</source>
      <translation>(leave out)</translation>
    </message>
    <message>
      <source>Check what each layer becomes, then import.</source>
      <translation>Check what each layer becomes, then import.</translation>
    </message>
    <message>
      <source>Imported %1 features</source>
      <translation>Imported %1 features</translation>
    </message>
    <message>
      <source>currency %1, from the country the data lies in</source>
      <translation>currency %1, from the country the data lies in</translation>
    </message>
    <message>
      <source>Not imported: %1</source>
      <translation>Not imported: %1</translation>
    </message>
  </context>
  <context>
    <name>TriStateEditor</name>
    <message>
      <source>Unknown</source>
      <translation>Unknown</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Yes</translation>
    </message>
    <message>
      <source>No</source>
      <translation>No</translation>
    </message>
  </context>
  <context>
    <name>UndoBridge</name>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Undo</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Undo</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Redo</translation>
    </message>
    <message>
      <source>Redo</source>
      <translation>Redo</translation>
    </message>
    <message>
      <source>&amp;Undo %1</source>
      <translation>&amp;Undo %1</translation>
    </message>
    <message>
      <source>&amp;Redo %1</source>
      <translation>&amp;Redo %1</translation>
    </message>
  </context>
  <context>
    <name>UserGuideWindow</name>
    <message>
      <source>Jamii user guide</source>
      <translation>Jamii user guide</translation>
    </message>
  </context>
  <context>
    <name>UsersEditor</name>
    <message>
      <source>Shared by named users: %1 plots, %2 households</source>
      <translation>Shared by named users: %1 plots, %2 households</translation>
    </message>
    <message>
      <source>Shared, users not named: counted as open to the neighbours who reach it</source>
      <translation>Shared, users not named: counted as open to the neighbours who reach it</translation>
    </message>
    <message>
      <source>Private to plot %1</source>
      <translation>Private to plot %1</translation>
    </message>
    <message>
      <source>Nobody has said who may use it: counted as open, never as private</source>
      <translation>Nobody has said who may use it: counted as open, never as private</translation>
    </message>
    <message>
      <source>Public: anyone who reaches it may use it</source>
      <translation>Public: anyone who reaches it may use it</translation>
    </message>
    <message>
      <source>No household is recorded on the %1 plots that may use it</source>
      <translation>No household is recorded on the %1 plots that may use it</translation>
    </message>
    <message>
      <source>%1 households (%2 persons) live on the %3 plots that may use it</source>
      <translation>%1 households (%2 persons) live on the %3 plots that may use it</translation>
    </message>
    <message>
      <source>Not in the project: %1</source>
      <translation>Not in the project: %1</translation>
    </message>
    <message>
      <source>Choose users…</source>
      <translation>Choose users…</translation>
    </message>
    <message>
      <source>Not named</source>
      <translation>Not named</translation>
    </message>
    <message>
      <source>Forget the named users (who may use it is then not named)</source>
      <translation>Forget the named users (who may use it is then not named)</translation>
    </message>
  </context>
  <context>
    <name>VoteMenu</name>
    <message>
      <source>Water taps</source>
      <translation>Water taps</translation>
    </message>
    <message>
      <source>Toilets</source>
      <translation>Toilets</translation>
    </message>
    <message>
      <source>Street lights</source>
      <translation>Street lights</translation>
    </message>
    <message>
      <source>Paths</source>
      <translation>Paths</translation>
    </message>
    <message>
      <source>Drains</source>
      <translation>Drains</translation>
    </message>
    <message>
      <source>Core houses</source>
      <translation>Core houses</translation>
    </message>
    <message>
      <source>House improvements</source>
      <translation>House improvements</translation>
    </message>
  </context>
  <context>
    <name>VotingPage</name>
    <message>
      <source>Back to the plan</source>
      <translation>Back to the plan</translation>
    </message>
    <message>
      <source>Record the workshop first</source>
      <translation>Record the workshop first</translation>
    </message>
  </context>
  <context>
    <name>VotingScreen</name>
    <message>
      <source>I am:</source>
      <translation>I am:</translation>
    </message>
    <message>
      <source>Woman</source>
      <translation>Woman</translation>
    </message>
    <message>
      <source>Man</source>
      <translation>Man</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Other</translation>
    </message>
    <message>
      <source>Child</source>
      <translation>Child</translation>
    </message>
    <message>
      <source>Youth</source>
      <translation>Youth</translation>
    </message>
    <message>
      <source>Adult</source>
      <translation>Adult</translation>
    </message>
    <message>
      <source>Elder</source>
      <translation>Elder</translation>
    </message>
    <message>
      <source>Paper ballot (entered after the meeting)</source>
      <translation>Paper ballot (entered after the meeting)</translation>
    </message>
    <message>
      <source>Show results</source>
      <translation>Show results</translation>
    </message>
    <message>
      <source>Results</source>
      <translation>Results</translation>
    </message>
    <message>
      <source>Yes, record my vote</source>
      <translation>Yes, record my vote</translation>
    </message>
    <message>
      <source>No, change it</source>
      <translation>No, change it</translation>
    </message>
    <message>
      <source>Budget used</source>
      <translation>Budget used</translation>
    </message>
    <message>
      <source>Cast vote</source>
      <translation>Cast vote</translation>
    </message>
    <message>
      <source>Start again</source>
      <translation>Start again</translation>
    </message>
    <message>
      <source>Correct a ballot…</source>
      <translation>Correct a ballot…</translation>
    </message>
    <message>
      <source>For the facilitator: void or change a ballot, with a reason</source>
      <translation>For the facilitator: void or change a ballot, with a reason</translation>
    </message>
    <message>
      <source>Tap the options in order: your favourite first.</source>
      <translation>Tap the options in order: your favourite first.</translation>
    </message>
    <message>
      <source>Fill the basket with what matters most — within the budget.</source>
      <translation>Fill the basket with what matters most — within the budget.</translation>
    </message>
    <message>
      <source>Tap the option you prefer.</source>
      <translation>Tap the option you prefer.</translation>
    </message>
    <message>
      <source>Basket: %1 of %2</source>
      <translation>Basket: %1 of %2</translation>
    </message>
    <message>
      <source>Too much for the budget: take something out (at least %1).</source>
      <translation>Too much for the budget: take something out (at least %1).</translation>
    </message>
    <message>
      <source>Tap Woman, Man or Other first.</source>
      <translation>Tap Woman, Man or Other first.</translation>
    </message>
    <message>
      <source>Your vote:</source>
      <translation>Your vote:</translation>
    </message>
    <message>
      <source>Total: %1</source>
      <translation>Total: %1</translation>
    </message>
    <message>
      <source>Is this right?</source>
      <translation>Is this right?</translation>
    </message>
    <message>
      <source>Thank you! Vote recorded (ballot %1).</source>
      <translation>Thank you! Vote recorded (ballot %1).</translation>
    </message>
    <message>
      <source>Ballot %1 corrected: %2</source>
      <translation>Ballot %1 corrected: %2</translation>
    </message>
    <message>
      <source>{n} ballots ({paper} on paper)</source>
      <translation>{n} ballots ({paper} on paper)</translation>
    </message>
    <message>
      <source>%1 corrected by the facilitator</source>
      <translation>%1 corrected by the facilitator</translation>
    </message>
    <message>
      <source>Choice</source>
      <translation>Choice</translation>
    </message>
    <message>
      <source>Women</source>
      <translation>Women</translation>
    </message>
    <message>
      <source>Men</source>
      <translation>Men</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <source>1st choice</source>
      <translation>1st choice</translation>
    </message>
    <message>
      <source>Funded</source>
      <translation>Funded</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>yes</translation>
    </message>
    <message>
      <source>no</source>
      <translation>no</translation>
    </message>
  </context>
  <context>
    <name>WelcomePage</name>
    <message>
      <source>Welcome to Jamii</source>
      <translation>Welcome to Jamii</translation>
    </message>
    <message>
      <source>Draw your settlement's plots, houses, paths, water and toilets with your neighbours, try several options, see what each costs a household and who is served, and vote.</source>
      <translation>Draw your settlement's plots, houses, paths, water and toilets with your neighbours, try several options, see what each costs a household and who is served, and vote.</translation>
    </message>
    <message>
      <source>Explore the sample settlement</source>
      <translation>Explore the sample settlement</translation>
    </message>
    <message>
      <source>Start from my settlement's data (survey, GIS or DXF)…</source>
      <translation>Start from my settlement's data (survey, GIS or DXF)…</translation>
    </message>
    <message>
      <source>Start an empty project</source>
      <translation>Start an empty project</translation>
    </message>
    <message>
      <source>Open a project file…</source>
      <translation>Open a project file…</translation>
    </message>
    <message>
      <source>Recent projects</source>
      <translation>Recent projects</translation>
    </message>
  </context>
  <context>
    <name>WorkshopAccessPage</name>
    <message>
      <source>Own door onto a path or street</source>
      <extracomment>Plot fills by way out (Okabe-Ito, colour-blind safe; the first three as in the Access dock). A new picture is on the plan (after each computation).</extracomment>
      <translation>Own door onto a path or street</translation>
    </message>
    <message>
      <source>Way out only through a neighbour's plot</source>
      <translation>Way out only through a neighbour's plot</translation>
    </message>
    <message>
      <source>Way out only through 2 or more plots</source>
      <translation>Way out only through 2 or more plots</translation>
    </message>
    <message>
      <source>Shut in: no way out at all</source>
      <translation>Shut in: no way out at all</translation>
    </message>
    <message>
      <source>New path in this option</source>
      <translation>New path in this option</translation>
    </message>
    <message>
      <source>Plot that gives land for a path</source>
      <translation>Plot that gives land for a path</translation>
    </message>
    <message>
      <source>House that moves</source>
      <translation>House that moves</translation>
    </message>
    <message>
      <source>Finding who has a way out…</source>
      <translation>Finding who has a way out…</translation>
    </message>
    <message>
      <source>Every household has a way out of its own</source>
      <translation>Every household has a way out of its own</translation>
    </message>
    <message>
      <source>1 household has no way out of its own</source>
      <translation>1 household has no way out of its own</translation>
    </message>
    <message>
      <source>%1 households have no way out of their own</source>
      <translation>%1 households have no way out of their own</translation>
    </message>
    <message>
      <source>Every plot has a way out of its own (no households are recorded)</source>
      <translation>Every plot has a way out of its own (no households are recorded)</translation>
    </message>
    <message>
      <source>1 plot has no way out of its own (no households are recorded)</source>
      <translation>1 plot has no way out of its own (no households are recorded)</translation>
    </message>
    <message>
      <source>%1 plots have no way out of their own (no households are recorded)</source>
      <translation>%1 plots have no way out of their own (no households are recorded)</translation>
    </message>
    <message>
      <source>this option gives all of them a path</source>
      <translation>this option gives all of them a path</translation>
    </message>
    <message>
      <source>this option gives none of them a path</source>
      <translation>this option gives none of them a path</translation>
    </message>
    <message>
      <source>this option gives %1 of them a path</source>
      <translation>this option gives %1 of them a path</translation>
    </message>
    <message>
      <source>no house moves</source>
      <translation>no house moves</translation>
    </message>
    <message>
      <source>1 house moves</source>
      <translation>1 house moves</translation>
    </message>
    <message>
      <source>%1 houses move</source>
      <translation>%1 houses move</translation>
    </message>
    <message>
      <source>1 other building comes down</source>
      <translation>1 other building comes down</translation>
    </message>
    <message>
      <source>%1 other buildings come down</source>
      <translation>%1 other buildings come down</translation>
    </message>
  </context>
  <context>
    <name>WorkshopPanel</name>
    <message>
      <source>Our options</source>
      <translation>Our options</translation>
    </message>
    <message>
      <source>Who has a way out?</source>
      <translation>Who has a way out?</translation>
    </message>
    <message>
      <source>Today</source>
      <translation>Today</translation>
    </message>
    <message>
      <source>The settlement today</source>
      <translation>The settlement today</translation>
    </message>
    <message>
      <source>This is the settlement as it is today: about %1 households, assumed one per home plot (no survey yet).</source>
      <translation>This is the settlement as it is today: about %1 households, assumed one per home plot (no survey yet).</translation>
    </message>
    <message>
      <source>This is the settlement as it is today: %1 households.</source>
      <translation>This is the settlement as it is today: %1 households.</translation>
    </message>
    <message>
      <source>Working out the cost…</source>
      <translation>Working out the cost…</translation>
    </message>
    <message>
      <source>Each household pays &lt;b&gt;%1&lt;/b&gt;.</source>
      <translation>Each household pays &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
      <source>That is about &lt;b&gt;%1 a month&lt;/b&gt;.</source>
      <translation>That is about &lt;b&gt;%1 a month&lt;/b&gt;.</translation>
    </message>
    <message>
      <source>Total cost %1, shared by %2 households (assumed: one per home plot, no survey yet).</source>
      <translation>Total cost %1, shared by %2 households (assumed: one per home plot, no survey yet).</translation>
    </message>
    <message>
      <source>Total cost %1, shared by %2 households.</source>
      <translation>Total cost %1, shared by %2 households.</translation>
    </message>
    <message>
      <source>Working out who is served…</source>
      <translation>Working out who is served…</translation>
    </message>
  </context>
  <context>
    <name>WorkshopRecordDialog</name>
    <message>
      <source>Workshop record</source>
      <translation>Workshop record</translation>
    </message>
    <message>
      <source>Edit workshop record</source>
      <translation>Edit workshop record</translation>
    </message>
    <message>
      <source>Single choice</source>
      <translation>Single choice</translation>
    </message>
    <message>
      <source>Ranking</source>
      <translation>Ranking</translation>
    </message>
    <message>
      <source>Shopping cart with a budget</source>
      <translation>Shopping cart with a budget</translation>
    </message>
    <message>
      <source>What each household could spend on the interventions of the menu</source>
      <translation>What each household could spend on the interventions of the menu</translation>
    </message>
    <message>
      <source>What was discussed (no names of participants)</source>
      <translation>What was discussed (no names of participants)</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Place</translation>
    </message>
    <message>
      <source>Voting</source>
      <translation>Voting</translation>
    </message>
    <message>
      <source>Budget per household</source>
      <translation>Budget per household</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>Participants</translation>
    </message>
    <message>
      <source>Children</source>
      <translation>Children</translation>
    </message>
    <message>
      <source>Youth</source>
      <translation>Youth</translation>
    </message>
    <message>
      <source>Adults</source>
      <translation>Adults</translation>
    </message>
    <message>
      <source>Elders</source>
      <translation>Elders</translation>
    </message>
    <message>
      <source>Women / girls</source>
      <translation>Women / girls</translation>
    </message>
    <message>
      <source>Men / boys</source>
      <translation>Men / boys</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Other</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>{total} participants: {women} women, {men} men</source>
      <translation>{total} participants: {women} women, {men} men</translation>
    </message>
    <message>
      <source>A shopping-cart vote needs a budget.</source>
      <translation>A shopping-cart vote needs a budget.</translation>
    </message>
  </context>
  <context>
    <name>command</name>
    <message>
      <source>Add imagery layer</source>
      <translation>Add imagery layer</translation>
    </message>
    <message>
      <source>Change imagery layer</source>
      <translation>Change imagery layer</translation>
    </message>
    <message>
      <source>Import base survey</source>
      <translation>Import base survey</translation>
    </message>
    <message>
      <source>Add background image</source>
      <translation>Add background image</translation>
    </message>
    <message>
      <source>New option</source>
      <translation>New option</translation>
    </message>
    <message>
      <source>Rename option</source>
      <translation>Rename option</translation>
    </message>
    <message>
      <source>Delete option</source>
      <translation>Delete option</translation>
    </message>
    <message>
      <source>Edit properties</source>
      <translation>Edit properties</translation>
    </message>
    <message>
      <source>Erase</source>
      <translation>Erase</translation>
    </message>
    <message>
      <source>Draw plot</source>
      <translation>Draw plot</translation>
    </message>
    <message>
      <source>Draw building</source>
      <translation>Draw building</translation>
    </message>
    <message>
      <source>Draw core house</source>
      <translation>Draw core house</translation>
    </message>
    <message>
      <source>Draw hazard area</source>
      <translation>Draw hazard area</translation>
    </message>
    <message>
      <source>Draw path</source>
      <translation>Draw path</translation>
    </message>
    <message>
      <source>Draw water main</source>
      <translation>Draw water main</translation>
    </message>
    <message>
      <source>Draw sewer</source>
      <translation>Draw sewer</translation>
    </message>
    <message>
      <source>Draw drain</source>
      <translation>Draw drain</translation>
    </message>
    <message>
      <source>Add standpipe</source>
      <translation>Add standpipe</translation>
    </message>
    <message>
      <source>Add water kiosk</source>
      <translation>Add water kiosk</translation>
    </message>
    <message>
      <source>Add toilet</source>
      <translation>Add toilet</translation>
    </message>
    <message>
      <source>Add manhole</source>
      <translation>Add manhole</translation>
    </message>
    <message>
      <source>Add street light</source>
      <translation>Add street light</translation>
    </message>
    <message>
      <source>Draw room</source>
      <translation>Draw room</translation>
    </message>
    <message>
      <source>Move room</source>
      <translation>Move room</translation>
    </message>
    <message>
      <source>Resize room</source>
      <translation>Resize room</translation>
    </message>
    <message>
      <source>Edit room</source>
      <translation>Edit room</translation>
    </message>
    <message>
      <source>Delete room</source>
      <translation>Delete room</translation>
    </message>
    <message>
      <source>Add door</source>
      <translation>Add door</translation>
    </message>
    <message>
      <source>Add window</source>
      <translation>Add window</translation>
    </message>
    <message>
      <source>Edit door or window</source>
      <translation>Edit door or window</translation>
    </message>
    <message>
      <source>Delete door or window</source>
      <translation>Delete door or window</translation>
    </message>
    <message>
      <source>Edit building stage</source>
      <translation>Edit building stage</translation>
    </message>
    <message>
      <source>Add building stage</source>
      <translation>Add building stage</translation>
    </message>
    <message>
      <source>Rename house type</source>
      <translation>Rename house type</translation>
    </message>
    <message>
      <source>Change house grid</source>
      <translation>Change house grid</translation>
    </message>
    <message>
      <source>Mark for demolition</source>
      <translation>Mark for demolition</translation>
    </message>
    <message>
      <source>Mark for relocation</source>
      <translation>Mark for relocation</translation>
    </message>
    <message>
      <source>Remove mark</source>
      <translation>Remove mark</translation>
    </message>
    <message>
      <source>Take down this house in this option? The household living in it will need another home.</source>
      <translation>Take down this house in this option? The household living in it will need another home.</translation>
    </message>
    <message>
      <source>Rotate</source>
      <translation>Rotate</translation>
    </message>
    <message>
      <source>Move</source>
      <translation>Move</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Delete</translation>
    </message>
    <message>
      <source>Split plot</source>
      <translation>Split plot</translation>
    </message>
    <message>
      <source>Move vertex</source>
      <translation>Move vertex</translation>
    </message>
    <message>
      <source>Insert vertex</source>
      <translation>Insert vertex</translation>
    </message>
    <message>
      <source>Delete vertex</source>
      <translation>Delete vertex</translation>
    </message>
  </context>
  <context>
    <name>currency</name>
    <message>
      <source>The cost library %1 prices in %2, the project in %3: the bills stay in %2 until you give an exchange rate (Design &gt; Costing assumptions).</source>
      <translation>The cost library %1 prices in %2, the project in %3: the bills stay in %2 until you give an exchange rate (Design &gt; Costing assumptions).</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <source>choose or create an option first: demolitions belong to an option</source>
      <translation>choose or create an option first: demolitions belong to an option</translation>
    </message>
    <message>
      <source>the line must cross one plot from side to side</source>
      <translation>the line must cross one plot from side to side</translation>
    </message>
    <message>
      <source>this is part of the settlement today: the eraser only removes what this option added (to take a house down, use Take down house)</source>
      <translation>this is part of the settlement today: the eraser only removes what this option added (to take a house down, use Take down house)</translation>
    </message>
    <message>
      <source>a ballot correction needs a reason</source>
      <translation>a ballot correction needs a reason</translation>
    </message>
    <message>
      <source>a household has at least one person</source>
      <translation>a household has at least one person</translation>
    </message>
    <message>
      <source>an option needs a name</source>
      <translation>an option needs a name</translation>
    </message>
    <message>
      <source>children must be between 0 and the household size</source>
      <translation>children must be between 0 and the household size</translation>
    </message>
    <message>
      <source>persons per household must be positive</source>
      <translation>persons per household must be positive</translation>
    </message>
    <message>
      <source>shares must lie between 0 and 1</source>
      <translation>shares must lie between 0 and 1</translation>
    </message>
    <message>
      <source>the image file is missing</source>
      <translation>the image file is missing</translation>
    </message>
    <message>
      <source>{field}: {problem}</source>
      <translation>{field}: {problem}</translation>
    </message>
    <message>
      <source>{what} {value} is not a finite number</source>
      <translation>{what} {value} is not a finite number</translation>
    </message>
    <message>
      <source>{what} {value}{unit} must be more than {limit}</source>
      <translation>{what} {value}{unit} must be more than {limit}</translation>
    </message>
    <message>
      <source>{what} {value}{unit} is below the smallest plausible value, {limit}</source>
      <translation>{what} {value}{unit} is below the smallest plausible value, {limit}</translation>
    </message>
    <message>
      <source>{what} {value}{unit} is above the largest plausible value, {limit}</source>
      <translation>{what} {value}{unit} is above the largest plausible value, {limit}</translation>
    </message>
    <message>
      <source>a number of about {digits} digits</source>
      <translation>a number of about {digits} digits</translation>
    </message>
    <message>
      <source>vertex {i} {point} is more than {limit} m from the project origin</source>
      <translation>vertex {i} {point} is more than {limit} m from the project origin</translation>
    </message>
    <message>
      <source>a line needs at least 2 points, got {n}</source>
      <translation>a line needs at least 2 points, got {n}</translation>
    </message>
    <message>
      <source>segment {i} has zero length (repeated vertex)</source>
      <translation>segment {i} has zero length (repeated vertex)</translation>
    </message>
    <message>
      <source>an outline needs at least 3 corners, got {n}</source>
      <translation>an outline needs at least 3 corners, got {n}</translation>
    </message>
    <message>
      <source>the outline is degenerate (area {area_m2} m²)</source>
      <translation>the outline is degenerate (area {area_m2} m²)</translation>
    </message>
    <message>
      <source>the outline crosses itself near ({x_m}, {y_m})</source>
      <translation>the outline crosses itself near ({x_m}, {y_m})</translation>
    </message>
    <message>
      <source>line {line}: {value} is not a finite number</source>
      <translation>line {line}: {value} is not a finite number</translation>
    </message>
    <message>
      <source>{value} is not a finite number</source>
      <translation>{value} is not a finite number</translation>
    </message>
    <message>
      <source>the point ({lat}, {lon}) lies {far_km} km from the site</source>
      <translation>the point ({lat}, {lon}) lies {far_km} km from the site</translation>
    </message>
    <message>
      <source>the point lies {far_km} km from the site (coordinates in {crs}?)</source>
      <translation>the point lies {far_km} km from the site (coordinates in {crs}?)</translation>
    </message>
    <message>
      <source>no house type {type_id}; known types: {known}</source>
      <translation>no house type {type_id}; known types: {known}</translation>
    </message>
    <message>
      <source>expected a non-negative number, got {value}</source>
      <translation>expected a non-negative number, got {value}</translation>
    </message>
    <message>
      <source>expected [x, y, width, depth] in metres</source>
      <translation>expected [x, y, width, depth] in metres</translation>
    </message>
    <message>
      <source>a number too large for metres</source>
      <translation>a number too large for metres</translation>
    </message>
    <message>
      <source>unknown rule threshold</source>
      <translation>unknown rule threshold</translation>
    </message>
    <message>
      <source>expected a table of use = area in m²</source>
      <translation>expected a table of use = area in m²</translation>
    </message>
    <message>
      <source>a threshold too large for a number</source>
      <translation>a threshold too large for a number</translation>
    </message>
    <message>
      <source>the outline is not a valid polygon ({reason})</source>
      <translation>the outline is not a valid polygon ({reason})</translation>
    </message>
    <message>
      <source>is {kind}, not a file that can be read as {what}</source>
      <translation>is {kind}, not a file that can be read as {what}</translation>
    </message>
    <message>
      <source>is {size_mib} MiB, more than the {limit_mib} MiB {what} may have</source>
      <translation>is {size_mib} MiB, more than the {limit_mib} MiB {what} may have</translation>
    </message>
    <message>
      <source>grew past the {limit_mib} MiB {what} may have while being read</source>
      <translation>grew past the {limit_mib} MiB {what} may have while being read</translation>
    </message>
    <message>
      <source>has more than {max_entities} entities; split the drawing or purge it first</source>
      <translation>has more than {max_entities} entities; split the drawing or purge it first</translation>
    </message>
    <message>
      <source>line {line}: value {value} (group {code}) is not a plausible coordinate or length (at most {limit} m)</source>
      <translation>line {line}: value {value} (group {code}) is not a plausible coordinate or length (at most {limit} m)</translation>
    </message>
    <message>
      <source>row</source>
      <translation>row</translation>
    </message>
    <message>
      <source>column</source>
      <translation>column</translation>
    </message>
    <message>
      <source>{where}: in {crs} the data would land at {at}, and {problem}{hint}</source>
      <translation>{where}: in {crs} the data would land at {at}, and {problem}{hint}</translation>
    </message>
    <message>
      <source>{lat}°{ns} {lon}°{ew}</source>
      <translation>{lat}°{ns} {lon}°{ew}</translation>
    </message>
    <message>
      <source>nowhere on the Earth</source>
      <translation>nowhere on the Earth</translation>
    </message>
    <message>
      <source>its coordinates are not on the Earth in this CRS</source>
      <translation>its coordinates are not on the Earth in this CRS</translation>
    </message>
    <message>
      <source>its coordinates are not longitudes/latitudes</source>
      <translation>its coordinates are not longitudes/latitudes</translation>
    </message>
    <message>
      <source>its eastings ({km} km) are outside the 100–900 km of a UTM zone</source>
      <translation>its eastings ({km} km) are outside the 100–900 km of a UTM zone</translation>
    </message>
    <message>
      <source>its northings ({km} km) are outside the 0–10,000 km of a UTM zone</source>
      <translation>its northings ({km} km) are outside the 0–10,000 km of a UTM zone</translation>
    </message>
    <message>
      <source>that is outside the area of use of {crs} ({area})</source>
      <translation>that is outside the area of use of {crs} ({area})</translation>
    </message>
    <message>
      <source>that is at sea</source>
      <translation>that is at sea</translation>
    </message>
    <message>
      <source>; candidate CRSs that put it on land: {crss}</source>
      <translation>; candidate CRSs that put it on land: {crss}</translation>
    </message>
    <message>
      <source>; check the CRS of the source (pass --crs with the right one)</source>
      <translation>; check the CRS of the source (pass --crs with the right one)</translation>
    </message>
    <message>
      <source>a folder</source>
      <translation>a folder</translation>
    </message>
    <message>
      <source>a pipe (FIFO)</source>
      <translation>a pipe (FIFO)</translation>
    </message>
    <message>
      <source>a device</source>
      <translation>a device</translation>
    </message>
    <message>
      <source>a socket</source>
      <translation>a socket</translation>
    </message>
    <message>
      <source>not a regular file</source>
      <translation>not a regular file</translation>
    </message>
    <message>
      <source>a project</source>
      <translation>a project</translation>
    </message>
    <message>
      <source>a DXF drawing</source>
      <translation>a DXF drawing</translation>
    </message>
    <message>
      <source>a workbook</source>
      <translation>a workbook</translation>
    </message>
    <message>
      <source>an image</source>
      <translation>an image</translation>
    </message>
    <message>
      <source>a GIS file</source>
      <translation>a GIS file</translation>
    </message>
    <message>
      <source>a survey export</source>
      <translation>a survey export</translation>
    </message>
    <message>
      <source>a table</source>
      <translation>a table</translation>
    </message>
    <message>
      <source>a TOML data file</source>
      <translation>a TOML data file</translation>
    </message>
    <message>
      <source>the project CRS</source>
      <translation>the project CRS</translation>
    </message>
    <message>
      <source>none</source>
      <translation>none</translation>
    </message>
    <message>
      <source>GPS precision limit</source>
      <translation>GPS precision limit</translation>
    </message>
    <message>
      <source>balance</source>
      <translation>balance</translation>
    </message>
    <message>
      <source>budget limit</source>
      <translation>budget limit</translation>
    </message>
    <message>
      <source>depth</source>
      <translation>depth</translation>
    </message>
    <message>
      <source>diameter</source>
      <translation>diameter</translation>
    </message>
    <message>
      <source>distance</source>
      <translation>distance</translation>
    </message>
    <message>
      <source>flow</source>
      <translation>flow</translation>
    </message>
    <message>
      <source>footing depth</source>
      <translation>footing depth</translation>
    </message>
    <message>
      <source>footing width</source>
      <translation>footing width</translation>
    </message>
    <message>
      <source>government works</source>
      <translation>government works</translation>
    </message>
    <message>
      <source>grace period (months)</source>
      <translation>grace period (months)</translation>
    </message>
    <message>
      <source>grid spacing</source>
      <translation>grid spacing</translation>
    </message>
    <message>
      <source>height</source>
      <translation>height</translation>
    </message>
    <message>
      <source>hour of the day</source>
      <translation>hour of the day</translation>
    </message>
    <message>
      <source>household size</source>
      <translation>household size</translation>
    </message>
    <message>
      <source>image height</source>
      <translation>image height</translation>
    </message>
    <message>
      <source>image width</source>
      <translation>image width</translation>
    </message>
    <message>
      <source>income</source>
      <translation>income</translation>
    </message>
    <message>
      <source>interest rate</source>
      <translation>interest rate</translation>
    </message>
    <message>
      <source>lamp power</source>
      <translation>lamp power</translation>
    </message>
    <message>
      <source>level</source>
      <translation>level</translation>
    </message>
    <message>
      <source>loan term (months)</source>
      <translation>loan term (months)</translation>
    </message>
    <message>
      <source>monthly savings</source>
      <translation>monthly savings</translation>
    </message>
    <message>
      <source>number of children</source>
      <translation>number of children</translation>
    </message>
    <message>
      <source>number of members</source>
      <translation>number of members</translation>
    </message>
    <message>
      <source>number of participants</source>
      <translation>number of participants</translation>
    </message>
    <message>
      <source>number of rooms</source>
      <translation>number of rooms</translation>
    </message>
    <message>
      <source>number of seats</source>
      <translation>number of seats</translation>
    </message>
    <message>
      <source>number of stages</source>
      <translation>number of stages</translation>
    </message>
    <message>
      <source>number of storeys</source>
      <translation>number of storeys</translation>
    </message>
    <message>
      <source>number of taps</source>
      <translation>number of taps</translation>
    </message>
    <message>
      <source>origin easting</source>
      <translation>origin easting</translation>
    </message>
    <message>
      <source>origin northing</source>
      <translation>origin northing</translation>
    </message>
    <message>
      <source>persons per household</source>
      <translation>persons per household</translation>
    </message>
    <message>
      <source>plot width</source>
      <translation>plot width</translation>
    </message>
    <message>
      <source>pressure head</source>
      <translation>pressure head</translation>
    </message>
    <message>
      <source>price</source>
      <translation>price</translation>
    </message>
    <message>
      <source>roof overhang</source>
      <translation>roof overhang</translation>
    </message>
    <message>
      <source>roof pitch</source>
      <translation>roof pitch</translation>
    </message>
    <message>
      <source>rotation</source>
      <translation>rotation</translation>
    </message>
    <message>
      <source>savings balance</source>
      <translation>savings balance</translation>
    </message>
    <message>
      <source>sill height</source>
      <translation>sill height</translation>
    </message>
    <message>
      <source>slab thickness</source>
      <translation>slab thickness</translation>
    </message>
    <message>
      <source>storage</source>
      <translation>storage</translation>
    </message>
    <message>
      <source>storey height</source>
      <translation>storey height</translation>
    </message>
    <message>
      <source>subsidy cap</source>
      <translation>subsidy cap</translation>
    </message>
    <message>
      <source>thickness</source>
      <translation>thickness</translation>
    </message>
    <message>
      <source>wall thickness</source>
      <translation>wall thickness</translation>
    </message>
    <message>
      <source>width</source>
      <translation>width</translation>
    </message>
    <message>
      <source>willingness to pay</source>
      <translation>willingness to pay</translation>
    </message>
    <message>
      <source>plot</source>
      <translation>plot</translation>
    </message>
    <message>
      <source>hazard</source>
      <translation>hazard</translation>
    </message>
    <message>
      <source>path</source>
      <translation>path</translation>
    </message>
    <message>
      <source>building</source>
      <translation>building</translation>
    </message>
    <message>
      <source>core_house</source>
      <translation>core_house</translation>
    </message>
    <message>
      <source>drain</source>
      <translation>drain</translation>
    </message>
    <message>
      <source>sewer</source>
      <translation>sewer</translation>
    </message>
    <message>
      <source>water_main</source>
      <translation>water_main</translation>
    </message>
    <message>
      <source>water_point</source>
      <translation>water_point</translation>
    </message>
    <message>
      <source>toilet</source>
      <translation>toilet</translation>
    </message>
    <message>
      <source>manhole</source>
      <translation>manhole</translation>
    </message>
    <message>
      <source>street_light</source>
      <translation>street_light</translation>
    </message>
    <message>
      <source>supply_point</source>
      <translation>supply_point</translation>
    </message>
    <message>
      <source>spot_level</source>
      <translation>spot_level</translation>
    </message>
  </context>
  <context>
    <name>fields</name>
    <message>
      <source>Source tags</source>
      <translation>Source tags</translation>
    </message>
    <message>
      <source>Users per day</source>
      <translation>Users per day</translation>
    </message>
    <message>
      <source>Operational status</source>
      <translation>Operational status</translation>
    </message>
    <message>
      <source>Access</source>
      <translation>Access</translation>
    </message>
    <message>
      <source>Accessible for disabled people</source>
      <translation>Accessible for disabled people</translation>
    </message>
    <message>
      <source>Balance</source>
      <translation>Balance</translation>
    </message>
    <message>
      <source>Ballots</source>
      <translation>Ballots</translation>
    </message>
    <message>
      <source>Budget limit</source>
      <translation>Budget limit</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Category</translation>
    </message>
    <message>
      <source>Children</source>
      <translation>Children</translation>
    </message>
    <message>
      <source>Colour</source>
      <translation>Colour</translation>
    </message>
    <message>
      <source>Columns</source>
      <translation>Columns</translation>
    </message>
    <message>
      <source>Community labour share</source>
      <translation>Community labour share</translation>
    </message>
    <message>
      <source>Cost library</source>
      <translation>Cost library</translation>
    </message>
    <message>
      <source>Cost region</source>
      <translation>Cost region</translation>
    </message>
    <message>
      <source>Coordinate system (EPSG)</source>
      <translation>Coordinate system (EPSG)</translation>
    </message>
    <message>
      <source>Currency</source>
      <translation>Currency</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Depth</source>
      <translation>Depth</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <source>Diameter</source>
      <translation>Diameter</translation>
    </message>
    <message>
      <source>Person with a disability</source>
      <translation>Person with a disability</translation>
    </message>
    <message>
      <source>Drain type</source>
      <translation>Drain type</translation>
    </message>
    <message>
      <source>Emptying cost per year</source>
      <translation>Emptying cost per year</translation>
    </message>
    <message>
      <source>Excreta safely emptied or treated</source>
      <translation>Excreta safely emptied or treated</translation>
    </message>
    <message>
      <source>Extra rooms</source>
      <translation>Extra rooms</translation>
    </message>
    <message>
      <source>Fittings</source>
      <translation>Fittings</translation>
    </message>
    <message>
      <source>Floor</source>
      <translation>Floor</translation>
    </message>
    <message>
      <source>Floor material</source>
      <translation>Floor material</translation>
    </message>
    <message>
      <source>Flow</source>
      <translation>Flow</translation>
    </message>
    <message>
      <source>Funding</source>
      <translation>Funding</translation>
    </message>
    <message>
      <source>Grid</source>
      <translation>Grid</translation>
    </message>
    <message>
      <source>Handwashing</source>
      <translation>Handwashing</translation>
    </message>
    <message>
      <source>Hazard</source>
      <translation>Hazard</translation>
    </message>
    <message>
      <source>Supply given as</source>
      <translation>Supply given as</translation>
    </message>
    <message>
      <source>Head above datum</source>
      <translation>Head above datum</translation>
    </message>
    <message>
      <source>Sex of household head</source>
      <translation>Sex of household head</translation>
    </message>
    <message>
      <source>Height</source>
      <translation>Height</translation>
    </message>
    <message>
      <source>Height in pixels</source>
      <translation>Height in pixels</translation>
    </message>
    <message>
      <source>House type</source>
      <translation>House type</translation>
    </message>
    <message>
      <source>Improvement</source>
      <translation>Improvement</translation>
    </message>
    <message>
      <source>Income band</source>
      <translation>Income band</translation>
    </message>
    <message>
      <source>Income</source>
      <translation>Income</translation>
    </message>
    <message>
      <source>Labour share by bill</source>
      <translation>Labour share by bill</translation>
    </message>
    <message>
      <source>Lamp power</source>
      <translation>Lamp power</translation>
    </message>
    <message>
      <source>Land use</source>
      <translation>Land use</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Language</translation>
    </message>
    <message>
      <source>Ground level</source>
      <translation>Ground level</translation>
    </message>
    <message>
      <source>Lined</source>
      <translation>Lined</translation>
    </message>
    <message>
      <source>Lit at night</source>
      <translation>Lit at night</translation>
    </message>
    <message>
      <source>Local materials</source>
      <translation>Local materials</translation>
    </message>
    <message>
      <source>Managed by</source>
      <translation>Managed by</translation>
    </message>
    <message>
      <source>Material</source>
      <translation>Material</translation>
    </message>
    <message>
      <source>Maximum GPS error</source>
      <translation>Maximum GPS error</translation>
    </message>
    <message>
      <source>Women members</source>
      <translation>Women members</translation>
    </message>
    <message>
      <source>Men members</source>
      <translation>Men members</translation>
    </message>
    <message>
      <source>Monthly savings</source>
      <translation>Monthly savings</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>Number</translation>
    </message>
    <message>
      <source>Opacity</source>
      <translation>Opacity</translation>
    </message>
    <message>
      <source>Opening hours</source>
      <translation>Opening hours</translation>
    </message>
    <message>
      <source>Openings</source>
      <translation>Openings</translation>
    </message>
    <message>
      <source>Origin east</source>
      <translation>Origin east</translation>
    </message>
    <message>
      <source>Origin north</source>
      <translation>Origin north</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>Participants</translation>
    </message>
    <message>
      <source>Shared walls</source>
      <translation>Shared walls</translation>
    </message>
    <message>
      <source>File</source>
      <translation>File</translation>
    </message>
    <message>
      <source>Path type</source>
      <translation>Path type</translation>
    </message>
    <message>
      <source>Persons per household</source>
      <translation>Persons per household</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Place</translation>
    </message>
    <message>
      <source>Plot depth</source>
      <translation>Plot depth</translation>
    </message>
    <message>
      <source>Plot width</source>
      <translation>Plot width</translation>
    </message>
    <message>
      <source>Water point type</source>
      <translation>Water point type</translation>
    </message>
    <message>
      <source>Power source</source>
      <translation>Power source</translation>
    </message>
    <message>
      <source>Pressure class</source>
      <translation>Pressure class</translation>
    </message>
    <message>
      <source>Supply pressure</source>
      <translation>Supply pressure</translation>
    </message>
    <message>
      <source>Price date</source>
      <translation>Price date</translation>
    </message>
    <message>
      <source>Price</source>
      <translation>Price</translation>
    </message>
    <message>
      <source>Programme</source>
      <translation>Programme</translation>
    </message>
    <message>
      <source>Proposed by</source>
      <translation>Proposed by</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
    <message>
      <source>Reference 1 on the plan</source>
      <translation>Reference 1 on the plan</translation>
    </message>
    <message>
      <source>Reference 1 in the image</source>
      <translation>Reference 1 in the image</translation>
    </message>
    <message>
      <source>Reference 2 on the plan</source>
      <translation>Reference 2 on the plan</translation>
    </message>
    <message>
      <source>Reference 2 in the image</source>
      <translation>Reference 2 in the image</translation>
    </message>
    <message>
      <source>Roof</source>
      <translation>Roof</translation>
    </message>
    <message>
      <source>Roof material</source>
      <translation>Roof material</translation>
    </message>
    <message>
      <source>Rooms</source>
      <translation>Rooms</translation>
    </message>
    <message>
      <source>Rotation</source>
      <translation>Rotation</translation>
    </message>
    <message>
      <source>Savings</source>
      <translation>Savings</translation>
    </message>
    <message>
      <source>Seats for women</source>
      <translation>Seats for women</translation>
    </message>
    <message>
      <source>Seats for men</source>
      <translation>Seats for men</translation>
    </message>
    <message>
      <source>Seats for all</source>
      <translation>Seats for all</translation>
    </message>
    <message>
      <source>Sewer type</source>
      <translation>Sewer type</translation>
    </message>
    <message>
      <source>Household size</source>
      <translation>Household size</translation>
    </message>
    <message>
      <source>Soap at the handwashing point</source>
      <translation>Soap at the handwashing point</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Source</translation>
    </message>
    <message>
      <source>Stages</source>
      <translation>Stages</translation>
    </message>
    <message>
      <source>Stages built</source>
      <translation>Stages built</translation>
    </message>
    <message>
      <source>Service standards</source>
      <translation>Service standards</translation>
    </message>
    <message>
      <source>Storage</source>
      <translation>Storage</translation>
    </message>
    <message>
      <source>Storey height</source>
      <translation>Storey height</translation>
    </message>
    <message>
      <source>Storeys</source>
      <translation>Storeys</translation>
    </message>
    <message>
      <source>Who may use it</source>
      <translation>Who may use it</translation>
    </message>
    <message>
      <source>Supply hours</source>
      <translation>Supply hours</translation>
    </message>
    <message>
      <source>Surface</source>
      <translation>Surface</translation>
    </message>
    <message>
      <source>Taps</source>
      <translation>Taps</translation>
    </message>
    <message>
      <source>Tenure</source>
      <translation>Tenure</translation>
    </message>
    <message>
      <source>Contour lines (GIS file)</source>
      <translation>Contour lines (GIS file)</translation>
    </message>
    <message>
      <source>Terrain model (GeoTIFF)</source>
      <translation>Terrain model (GeoTIFF)</translation>
    </message>
    <message>
      <source>Toilet type</source>
      <translation>Toilet type</translation>
    </message>
    <message>
      <source>Traffic</source>
      <translation>Traffic</translation>
    </message>
    <message>
      <source>Unit labels</source>
      <translation>Unit labels</translation>
    </message>
    <message>
      <source>Use</source>
      <translation>Use</translation>
    </message>
    <message>
      <source>Values</source>
      <translation>Values</translation>
    </message>
    <message>
      <source>Visible</source>
      <translation>Visible</translation>
    </message>
    <message>
      <source>Voting</source>
      <translation>Voting</translation>
    </message>
    <message>
      <source>Wall material</source>
      <translation>Wall material</translation>
    </message>
    <message>
      <source>Walls</source>
      <translation>Walls</translation>
    </message>
    <message>
      <source>Width</source>
      <translation>Width</translation>
    </message>
    <message>
      <source>Width in pixels</source>
      <translation>Width in pixels</translation>
    </message>
    <message>
      <source>Willing to pay</source>
      <translation>Willing to pay</translation>
    </message>
  </context>
  <context>
    <name>imagery</name>
    <message>
      <source>Images (*.tif *.tiff *.jp2 *.j2k *.vrt *.img *.png *.jpg *.jpeg)</source>
      <translation>Images (*.tif *.tiff *.jp2 *.j2k *.vrt *.img *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
      <source>Checking %1…</source>
      <translation>Checking %1…</translation>
    </message>
    <message>
      <source>%1 has no overviews: panning and zooming will be slow. Build them now (%1.ovr beside it)?</source>
      <translation>%1 has no overviews: panning and zooming will be slow. Build them now (%1.ovr beside it)?</translation>
    </message>
    <message>
      <source>Build overviews?</source>
      <translation>Build overviews?</translation>
    </message>
    <message>
      <source>Building overviews of %1…</source>
      <translation>Building overviews of %1…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>%1: overviews built</source>
      <translation>%1: overviews built</translation>
    </message>
    <message>
      <source>%1: building overviews cancelled; nothing was written</source>
      <translation>%1: building overviews cancelled; nothing was written</translation>
    </message>
    <message>
      <source>Background image</source>
      <translation>Background image</translation>
    </message>
  </context>
  <context>
    <name>kinds</name>
    <message>
      <source>Plots</source>
      <translation>Plots</translation>
    </message>
    <message>
      <source>Hazard areas</source>
      <translation>Hazard areas</translation>
    </message>
    <message>
      <source>Paths and roads</source>
      <translation>Paths and roads</translation>
    </message>
    <message>
      <source>Buildings</source>
      <translation>Buildings</translation>
    </message>
    <message>
      <source>New houses</source>
      <translation>New houses</translation>
    </message>
    <message>
      <source>Drains</source>
      <translation>Drains</translation>
    </message>
    <message>
      <source>Sewers</source>
      <translation>Sewers</translation>
    </message>
    <message>
      <source>Water mains</source>
      <translation>Water mains</translation>
    </message>
    <message>
      <source>Water points</source>
      <translation>Water points</translation>
    </message>
    <message>
      <source>Toilets</source>
      <translation>Toilets</translation>
    </message>
    <message>
      <source>Manholes</source>
      <translation>Manholes</translation>
    </message>
    <message>
      <source>Street lights</source>
      <translation>Street lights</translation>
    </message>
    <message>
      <source>City water supply</source>
      <translation>City water supply</translation>
    </message>
    <message>
      <source>Ground levels</source>
      <translation>Ground levels</translation>
    </message>
    <message>
      <source>Demolitions</source>
      <translation>Demolitions</translation>
    </message>
    <message>
      <source>Relocations</source>
      <translation>Relocations</translation>
    </message>
    <message>
      <source>House improvements</source>
      <translation>House improvements</translation>
    </message>
    <message>
      <source>Option</source>
      <translation>Option</translation>
    </message>
    <message>
      <source>Household</source>
      <translation>Household</translation>
    </message>
    <message>
      <source>Project</source>
      <translation>Project</translation>
    </message>
  </context>
  <context>
    <name>values</name>
    <message>
      <source>public</source>
      <translation>public</translation>
    </message>
    <message>
      <source>private</source>
      <translation>private</translation>
    </message>
    <message>
      <source>functional</source>
      <translation>functional</translation>
    </message>
    <message>
      <source>customers only</source>
      <translation>customers only</translation>
    </message>
    <message>
      <source>broken</source>
      <translation>broken</translation>
    </message>
    <message>
      <source>ablution block</source>
      <translation>ablution block</translation>
    </message>
    <message>
      <source>asphalt</source>
      <translation>asphalt</translation>
    </message>
    <message>
      <source>block</source>
      <translation>block</translation>
    </message>
    <message>
      <source>brick</source>
      <translation>brick</translation>
    </message>
    <message>
      <source>budget</source>
      <translation>budget</translation>
    </message>
    <message>
      <source>busy</source>
      <translation>busy</translation>
    </message>
    <message>
      <source>cement</source>
      <translation>cement</translation>
    </message>
    <message>
      <source>communal</source>
      <translation>communal</translation>
    </message>
    <message>
      <source>concrete</source>
      <translation>concrete</translation>
    </message>
    <message>
      <source>condominial</source>
      <translation>condominial</translation>
    </message>
    <message>
      <source>conventional</source>
      <translation>conventional</translation>
    </message>
    <message>
      <source>covered</source>
      <translation>covered</translation>
    </message>
    <message>
      <source>dumpsite</source>
      <translation>dumpsite</translation>
    </message>
    <message>
      <source>earth</source>
      <translation>earth</translation>
    </message>
    <message>
      <source>ecosan</source>
      <translation>ecosan</translation>
    </message>
    <message>
      <source>female</source>
      <translation>female</translation>
    </message>
    <message>
      <source>flood</source>
      <translation>flood</translation>
    </message>
    <message>
      <source>flush to sewer</source>
      <translation>flush to sewer</translation>
    </message>
    <message>
      <source>footbridge</source>
      <translation>footbridge</translation>
    </message>
    <message>
      <source>footpath</source>
      <translation>footpath</translation>
    </message>
    <message>
      <source>gravel</source>
      <translation>gravel</translation>
    </message>
    <message>
      <source>grid</source>
      <translation>grid</translation>
    </message>
    <message>
      <source>hand pump</source>
      <translation>hand pump</translation>
    </message>
    <message>
      <source>head above datum</source>
      <translation>head above datum</translation>
    </message>
    <message>
      <source>household</source>
      <translation>household</translation>
    </message>
    <message>
      <source>improvement</source>
      <translation>improvement</translation>
    </message>
    <message>
      <source>iron sheet</source>
      <translation>iron sheet</translation>
    </message>
    <message>
      <source>kiosk</source>
      <translation>kiosk</translation>
    </message>
    <message>
      <source>landslide</source>
      <translation>landslide</translation>
    </message>
    <message>
      <source>lane</source>
      <translation>lane</translation>
    </message>
    <message>
      <source>light</source>
      <translation>light</translation>
    </message>
    <message>
      <source>male</source>
      <translation>male</translation>
    </message>
    <message>
      <source>mud</source>
      <translation>mud</translation>
    </message>
    <message>
      <source>murram</source>
      <translation>murram</translation>
    </message>
    <message>
      <source>new</source>
      <translation>new</translation>
    </message>
    <message>
      <source>open</source>
      <translation>open</translation>
    </message>
    <message>
      <source>other</source>
      <translation>other</translation>
    </message>
    <message>
      <source>owner</source>
      <translation>owner</translation>
    </message>
    <message>
      <source>pavers</source>
      <translation>pavers</translation>
    </message>
    <message>
      <source>pedestrian</source>
      <translation>pedestrian</translation>
    </message>
    <message>
      <source>piped</source>
      <translation>piped</translation>
    </message>
    <message>
      <source>pit latrine</source>
      <translation>pit latrine</translation>
    </message>
    <message>
      <source>plastic</source>
      <translation>plastic</translation>
    </message>
    <message>
      <source>pour flush</source>
      <translation>pour flush</translation>
    </message>
    <message>
      <source>power line</source>
      <translation>power line</translation>
    </message>
    <message>
      <source>pressure above ground</source>
      <translation>pressure above ground</translation>
    </message>
    <message>
      <source>railway</source>
      <translation>railway</translation>
    </message>
    <message>
      <source>ranking</source>
      <translation>ranking</translation>
    </message>
    <message>
      <source>rent free</source>
      <translation>rent free</translation>
    </message>
    <message>
      <source>road</source>
      <translation>road</translation>
    </message>
    <message>
      <source>shared</source>
      <translation>shared</translation>
    </message>
    <message>
      <source>single choice</source>
      <translation>single choice</translation>
    </message>
    <message>
      <source>solar</source>
      <translation>solar</translation>
    </message>
    <message>
      <source>standpipe</source>
      <translation>standpipe</translation>
    </message>
    <message>
      <source>stone</source>
      <translation>stone</translation>
    </message>
    <message>
      <source>structure owner</source>
      <translation>structure owner</translation>
    </message>
    <message>
      <source>tank</source>
      <translation>tank</translation>
    </message>
    <message>
      <source>tenant</source>
      <translation>tenant</translation>
    </message>
    <message>
      <source>thatch</source>
      <translation>thatch</translation>
    </message>
    <message>
      <source>tile</source>
      <translation>tile</translation>
    </message>
    <message>
      <source>timber</source>
      <translation>timber</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>unknown</translation>
    </message>
    <message>
      <source>VIP latrine</source>
      <translation>VIP latrine</translation>
    </message>
    <message>
      <source>well</source>
      <translation>well</translation>
    </message>
    <message>
      <source>yard tap</source>
      <translation>yard tap</translation>
    </message>
    <message>
      <source>zebra crossing</source>
      <translation>zebra crossing</translation>
    </message>
  </context>
</TS>