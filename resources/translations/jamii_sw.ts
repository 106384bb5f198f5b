<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sw" sourcelanguage="en">
  <context>
    <name>AboutDialog</name>
    <message>
      <source>About Jamii</source>
      <translation>Kuhusu Jamii</translation>
    </message>
    <message>
      <source>Co-design upgrades of informal settlements: plots, houses, paths, water, sanitation and lighting, with costs, funding and service standards.</source>
      <translation>Kubuni pamoja uboreshaji wa makazi yasiyo rasmi: viwanja, nyumba, njia, maji, usafi wa mazingira na taa, pamoja na gharama, ufadhili na viwango vya huduma.</translation>
    </message>
    <message>
      <source>Licence: GNU General Public License, version 3 or later.</source>
      <translation>Leseni: GNU General Public License, toleo la 3 au la baadaye.</translation>
    </message>
    <message>
      <source>Data sources</source>
      <translation>Vyanzo vya data</translation>
    </message>
    <message>
      <source>Sample settlement “Mji wa Tumaini”: invented by the Jamii developers; no real people or places.</source>
      <translation>Makazi ya mfano “Mji wa Tumaini”: yamebuniwa na watengenezaji wa Jamii; hakuna watu wala mahali halisi.</translation>
    </message>
    <message>
      <source>Service standards: Sphere Handbook 2018, UNHCR WASH standards, WHO/UNICEF JMP service ladders, UN-Habitat slum household definition.</source>
      <translation>Viwango vya huduma: Mwongozo wa Sphere 2018, viwango vya WASH vya UNHCR, ngazi za huduma za JMP WHO/UNICEF, ufafanuzi wa kaya ya mtaa duni wa UN-Habitat.</translation>
    </message>
    <message>
      <source>Unit costs: the cost library named in the project; its rates are illustrative unless the library says otherwise.</source>
      <translation>Gharama za kipimo: maktaba ya gharama iliyotajwa kwenye mradi; bei zake ni za mfano isipokuwa maktaba ieleze vinginevyo.</translation>
    </message>
    <message>
      <source>Icons: drawn for Jamii, released under the same licence as the program.</source>
      <translation>Aikoni: zimechorwa kwa ajili ya Jamii, zimetolewa chini ya leseni ileile ya programu.</translation>
    </message>
    <message>
      <source>Built with</source>
      <translation>Imejengwa kwa</translation>
    </message>
  </context>
  <context>
    <name>AccessDock</name>
    <message>
      <source>Access</source>
      <translation>Ufikiaji</translation>
    </message>
    <message>
      <source>Find plots without access</source>
      <translation>Tafuta viwanja visivyo na njia</translation>
    </message>
    <message>
      <source>Accept paths derived from the plots</source>
      <translation>Kubali njia zilizotokana na viwanja</translation>
    </message>
    <message>
      <source>All blocks</source>
      <translation>Vitalu vyote</translation>
    </message>
    <message>
      <source>Propose access paths</source>
      <translation>Pendekeza njia za kufikia</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Ghairi</translation>
    </message>
    <message>
      <source>Cancelled: nothing was changed.</source>
      <translation>Imeghairiwa: hakuna kilichobadilishwa.</translation>
    </message>
    <message>
      <source>%1 derived paths added to the existing conditions.</source>
      <translation>Njia %1 zilizotokana zimeongezwa kwenye hali iliyopo.</translation>
    </message>
    <message>
      <source>Access paths (proposed)</source>
      <translation>Njia za kufikia (zilizopendekezwa)</translation>
    </message>
    <message>
      <source>Nothing to propose: every plot already faces public space or a path.</source>
      <translation>Hakuna cha kupendekeza: kila kiwanja tayari kinaelekea eneo la umma au njia.</translation>
    </message>
    <message>
      <source>%1 m of new path (baseline %2 m), %3 buildings crossed.</source>
      <translation>Mita %1 za njia mpya (kigezo mita %2), majengo %3 yamepitwa.</translation>
    </message>
    <message>
      <source>%1 plots cannot be reached along plot boundaries.</source>
      <translation>Viwanja %1 haviwezi kufikiwa kupitia mipaka ya viwanja.</translation>
    </message>
    <message>
      <source>Block %1 (%2 without access)</source>
      <translation>Kitalu %1 (%2 bila njia)</translation>
    </message>
    <message>
      <source>Every plot reachable: %1 of %2. Interior plots: %3; highest block complexity k: %4. Blue: faces public space. Yellow: behind one plot. Red: deeper or enclosed.</source>
      <translation>Viwanja vinavyofikika: %1 kati ya %2. Viwanja vya ndani: %3; utata mkubwa wa kitalu k: %4. Bluu: kinaelekea eneo la umma. Njano: nyuma ya kiwanja kimoja. Nyekundu: ndani zaidi au kimezingirwa.</translation>
    </message>
    <message>
      <source>A stretcher can reach %1 plots.</source>
      <translation>Machela inaweza kufikia viwanja %1.</translation>
    </message>
  </context>
  <context>
    <name>Accessibility</name>
    <message>
      <source>Select all rows</source>
      <translation>Chagua safu zote</translation>
    </message>
    <message>
      <source>More tools</source>
      <translation>Zana zaidi</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <source>Something went wrong</source>
      <translation>Kuna tatizo limetokea</translation>
    </message>
    <message>
      <source>Jamii met an unexpected problem: %1. A safety copy of your work has been saved.</source>
      <translation>Jamii imekutana na tatizo lisilotarajiwa: %1. Nakala ya usalama ya kazi yako imehifadhiwa.</translation>
    </message>
  </context>
  <context>
    <name>AssumptionsDialog</name>
    <message>
      <source>Costing assumptions</source>
      <translation>Makisio ya gharama</translation>
    </message>
    <message>
      <source>Leave a value empty to use the cost library's or Jamii's own. Other names: lifetime_years.&lt;bill&gt;, om_pct.&lt;bill&gt;, rule.&lt;kind&gt;.&lt;parameter&gt;.</source>
      <translation>Acha thamani tupu kutumia ile ya orodha ya bei au ya Jamii. Majina mengine: lifetime_years.&lt;bill&gt;, om_pct.&lt;bill&gt;, rule.&lt;kind&gt;.&lt;parameter&gt;.</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Jina</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Thamani</translation>
    </message>
    <message>
      <source>Meaning</source>
      <translation>Maana</translation>
    </message>
    <message>
      <source>Add a row</source>
      <translation>Ongeza mstari</translation>
    </message>
  </context>
  <context>
    <name>BackgroundImageDialog</name>
    <message>
      <source>Background image</source>
      <translation>Picha ya nyuma</translation>
    </message>
    <message>
      <source>Click two points on the image whose place on the plan you know.</source>
      <translation>Bofya sehemu mbili kwenye picha ambazo unajua mahali pake kwenye ramani.</translation>
    </message>
    <message>
      <source>Point %1, %2 on the plan</source>
      <translation>Sehemu %1, %2 kwenye ramani</translation>
    </message>
    <message>
      <source>Images (*.png *.jpg *.jpeg *.tif *.tiff)</source>
      <translation>Picha (*.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
      <source>%1 is not an image Jamii can read</source>
      <translation>%1 si picha ambayo Jamii inaweza kusoma</translation>
    </message>
  </context>
  <context>
    <name>Bills</name>
    <message>
      <source>Preliminaries</source>
      <translation>Maandalizi ya awali</translation>
    </message>
    <message>
      <source>Site clearance, demolition and earthworks</source>
      <translation>Kusafisha eneo, ubomoaji na kazi za udongo</translation>
    </message>
    <message>
      <source>Housing: substructure</source>
      <translation>Nyumba: msingi</translation>
    </message>
    <message>
      <source>Housing: superstructure</source>
      <translation>Nyumba: kuta na paa</translation>
    </message>
    <message>
      <source>Roads and footpaths</source>
      <translation>Barabara na njia za waenda kwa miguu</translation>
    </message>
    <message>
      <source>Storm drainage</source>
      <translation>Mifereji ya maji ya mvua</translation>
    </message>
    <message>
      <source>Water supply</source>
      <translation>Usambazaji wa maji</translation>
    </message>
    <message>
      <source>Sanitation</source>
      <translation>Usafi wa mazingira</translation>
    </message>
    <message>
      <source>Street lighting</source>
      <translation>Taa za barabarani</translation>
    </message>
    <message>
      <source>External works and community facilities</source>
      <translation>Kazi za nje na huduma za jamii</translation>
    </message>
    <message>
      <source>Provisional and PC sums</source>
      <translation>Fedha za tahadhari na PC</translation>
    </message>
    <message>
      <source>Dayworks</source>
      <translation>Kazi za kutwa</translation>
    </message>
    <message>
      <source>Contingency</source>
      <translation>Dharura</translation>
    </message>
  </context>
  <context>
    <name>CompareCardsPage</name>
    <message>
      <source>Working out each option…</source>
      <translation>Inakokotoa kila chaguo…</translation>
    </message>
    <message>
      <source>No options yet: draw one first.</source>
      <translation>Bado hakuna chaguo: chora moja kwanza.</translation>
    </message>
    <message>
      <source>Each household pays &lt;b&gt;%1&lt;/b&gt;.</source>
      <translation>Kila kaya inalipa &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
      <source>The cheapest option.</source>
      <translation>Chaguo la bei nafuu zaidi.</translation>
    </message>
    <message>
      <source>&lt;b&gt;%1 more&lt;/b&gt; than the cheapest.</source>
      <translation>&lt;b&gt;%1 zaidi&lt;/b&gt; ya chaguo la bei nafuu zaidi.</translation>
    </message>
    <message>
      <source>About %1 a month.</source>
      <translation>Takriban %1 kwa mwezi.</translation>
    </message>
    <message>
      <source>Water and a toilet within reach: &lt;b&gt;%1 of %2&lt;/b&gt; households (today cannot be told).</source>
      <translation>Maji na choo karibu: kaya &lt;b&gt;%1 kati ya %2&lt;/b&gt; (leo haiwezi kujulikana).</translation>
    </message>
    <message>
      <source>Water and a toilet within reach: &lt;b&gt;%1 of %2&lt;/b&gt; households (%3 more than today).</source>
      <translation>Maji na choo karibu: kaya &lt;b&gt;%1 kati ya %2&lt;/b&gt; (%3 zaidi ya leo).</translation>
    </message>
    <message>
      <source>Households assumed: one per home plot, no survey yet.</source>
      <translation>Kaya zimekadiriwa: moja kwa kila kiwanja cha makazi, bado hakuna utafiti.</translation>
    </message>
    <message>
      <source>Houses taken down or moved: &lt;b&gt;%1&lt;/b&gt;.</source>
      <translation>Nyumba zinazobomolewa au kuhamishwa: &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
  </context>
  <context>
    <name>ComparisonDock</name>
    <message>
      <source>Comparison</source>
      <translation>Ulinganisho</translation>
    </message>
    <message>
      <source>Option</source>
      <translation>Chaguo</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Jumla</translation>
    </message>
    <message>
      <source>Per household</source>
      <translation>Kwa kila kaya</translation>
    </message>
    <message>
      <source>Monthly repayment</source>
      <translation>Marejesho ya kila mwezi</translation>
    </message>
    <message>
      <source>Households sharing the cost</source>
      <translation>Kaya zinazogawana gharama</translation>
    </message>
    <message>
      <source>Households served</source>
      <translation>Kaya zinazohudumiwa</translation>
    </message>
    <message>
      <source>incomplete: {n} items unpriced</source>
      <translation>haijakamilika: vitu {n} havina bei</translation>
    </message>
    <message>
      <source>not drawn: cannot be told</source>
      <translation>haijachorwa: haiwezi kujulikana</translation>
    </message>
    <message>
      <source>%1 of %2</source>
      <translation>%1 kati ya %2</translation>
    </message>
  </context>
  <context>
    <name>CoordinateEntry</name>
    <message>
      <source>Point or length:</source>
      <translation>Nukta au urefu:</translation>
    </message>
    <message>
      <source>12.5, 30 · @5&lt;90 · length 5 · rotate 30</source>
      <translation>12.5, 30 · @5&lt;90 · length 5 · rotate 30</translation>
    </message>
    <message>
      <source>Draw with the keyboard (Ctrl+L). x, y: a point in metres (12.5, 30). @dx, dy: that far from the last point. @length&lt;angle: that far at an angle (degrees from east, 90 = north). length 5: on in the same direction. Enter on an empty line finishes; Esc cancels. With a selection: @dx, dy or @length&lt;angle moves it, rotate 30 turns it (degrees, anticlockwise); with a corner picked (Vertex tool), x, y moves the corner.</source>
      <translation>Chora kwa kibodi (Ctrl+L). x, y: nukta kwa mita (12.5, 30). @dx, dy: umbali huo kutoka nukta ya mwisho. @urefu&lt;pembe: umbali huo kwa pembe (nyuzi kutoka mashariki, 90 = kaskazini). length 5: endelea upande uleule. Enter kwenye mstari mtupu inamaliza; Esc inaghairi. Ukiwa na uteuzi: @dx, dy au @urefu&lt;pembe huusogeza, rotate 30 huugeuza (nyuzi, kinyume cha saa); ukiwa umechagua kona (zana ya Kona), x, y husogeza kona hiyo.</translation>
    </message>
    <message>
      <source>Type a point or a length</source>
      <translation>Andika nukta au urefu</translation>
    </message>
    <message>
      <source>Finished</source>
      <translation>Imekamilika</translation>
    </message>
    <message>
      <source>Moved by %1 m east, %2 m north</source>
      <translation>Imesogezwa m %1 mashariki, m %2 kaskazini</translation>
    </message>
    <message>
      <source>Turned by %1°</source>
      <translation>Imegeuzwa nyuzi %1°</translation>
    </message>
    <message>
      <source>Corner moved to x %1 m, y %2 m</source>
      <translation>Kona imesogezwa hadi x %1 m, y %2 m</translation>
    </message>
    <message>
      <source>Point at x %1 m, y %2 m</source>
      <translation>Nukta kwenye x %1 m, y %2 m</translation>
    </message>
    <message>
      <source>%1: the length must be a positive number of metres</source>
      <translation>%1: urefu lazima uwe idadi chanya ya mita</translation>
    </message>
    <message>
      <source>Type a first point as x, y (for example 12.5, 30) before an @ or a length</source>
      <translation>Andika kwanza nukta x, y (kwa mfano 12.5, 30) kabla ya @ au urefu</translation>
    </message>
    <message>
      <source>Choose a drawing tool first</source>
      <translation>Chagua kwanza zana ya kuchora</translation>
    </message>
    <message>
      <source>%1: type the turn as a non-zero number of degrees (rotate 30)</source>
      <translation>%1: andika mzunguko kwa nyuzi, namba isiyo sifuri (rotate 30)</translation>
    </message>
    <message>
      <source>Select what to move or rotate first (with the Select tool)</source>
      <translation>Chagua kwanza kitu cha kusogeza au kugeuza (kwa zana ya Kuchagua)</translation>
    </message>
    <message>
      <source>%1: to move, type @dx, dy (@5, 0) or @length&lt;angle (@5&lt;90)</source>
      <translation>%1: kusogeza, andika @dx, dy (@5, 0) au @urefu&lt;pembe (@5&lt;90)</translation>
    </message>
    <message>
      <source>Not understood: %1. Type x, y (12.5, 30), @dx, dy (@5, 0), @length&lt;angle (@5&lt;90) or a length (length 5)</source>
      <translation>Haijaeleweka: %1. Andika x, y (12.5, 30), @dx, dy (@5, 0), @urefu&lt;pembe (@5&lt;90) au urefu (length 5)</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Imeghairiwa</translation>
    </message>
  </context>
  <context>
    <name>CorrectBallotDialog</name>
    <message>
      <source>Correct a ballot</source>
      <translation>Sahihisha kura</translation>
    </message>
    <message>
      <source>Void this ballot (it is not counted)</source>
      <translation>Batilisha kura hii (haihesabiwi)</translation>
    </message>
    <message>
      <source>Count these choices instead:</source>
      <translation>Hesabu machaguo haya badala yake:</translation>
    </message>
    <message>
      <source>Choices to count instead</source>
      <translation>Machaguo ya kuhesabiwa badala yake</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Sababu</translation>
    </message>
    <message>
      <source>Why (e.g. pressed the wrong picture)</source>
      <translation>Kwa nini (k.m. alibonyeza picha isiyo sahihi)</translation>
    </message>
    <message>
      <source>Ballot</source>
      <translation>Kura</translation>
    </message>
    <message>
      <source>Reason (recorded with the correction)</source>
      <translation>Sababu (inahifadhiwa pamoja na usahihishaji)</translation>
    </message>
    <message>
      <source>woman</source>
      <translation>mwanamke</translation>
    </message>
    <message>
      <source>man</source>
      <translation>mwanamume</translation>
    </message>
    <message>
      <source>other</source>
      <translation>nyingine</translation>
    </message>
    <message>
      <source>Cast ballots</source>
      <translation>Kura zilizopigwa</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>haijulikani</translation>
    </message>
    <message>
      <source>voided</source>
      <translation>imebatilishwa</translation>
    </message>
    <message>
      <source>corrected</source>
      <translation>imesahihishwa</translation>
    </message>
    <message>
      <source>Choose the ballot to correct.</source>
      <translation>Chagua kura ya kusahihisha.</translation>
    </message>
    <message>
      <source>Say why the ballot is corrected.</source>
      <translation>Eleza kwa nini kura inasahihishwa.</translation>
    </message>
    <message>
      <source>Tick the choices to count instead.</source>
      <translation>Weka alama kwenye machaguo ya kuhesabiwa badala yake.</translation>
    </message>
    <message>
      <source>A single-choice ballot has exactly one choice.</source>
      <translation>Kura ya chaguo moja ina chaguo moja tu.</translation>
    </message>
  </context>
  <context>
    <name>CostsDock</name>
    <message>
      <source>unknown</source>
      <translation>haijulikani</translation>
    </message>
    <message>
      <source>Costs</source>
      <translation>Gharama</translation>
    </message>
    <message>
      <source>Households with water and a toilet within the standard's walking distance, along the paths</source>
      <translation>Kaya zenye maji na choo ndani ya umbali wa kutembea wa kiwango, kupitia njia</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Jumla</translation>
    </message>
    <message>
      <source>Per household</source>
      <translation>Kwa kila kaya</translation>
    </message>
    <message>
      <source>Monthly repayment</source>
      <translation>Marejesho ya kila mwezi</translation>
    </message>
    <message>
      <source>Households sharing the cost</source>
      <translation>Kaya zinazogawana gharama</translation>
    </message>
    <message>
      <source>Households served</source>
      <translation>Kaya zinazohudumiwa</translation>
    </message>
    <message>
      <source>Bill</source>
      <translation>Sehemu</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>Kiasi</translation>
    </message>
    <message>
      <source>Choose an option to see what it costs.</source>
      <translation>Chagua chaguo ili uone gharama yake.</translation>
    </message>
    <message>
      <source>computing…</source>
      <translation>inakokotoa…</translation>
    </message>
    <message>
      <source>Costs are not available: %1</source>
      <translation>Gharama hazipatikani: %1</translation>
    </message>
    <message>
      <source>incomplete: {n} items unpriced</source>
      <translation>haijakamilika: vitu {n} havina bei</translation>
    </message>
    <message>
      <source>The cost library has no price for some items: the cost is not known until they are priced.</source>
      <translation>Orodha ya bei haina bei ya baadhi ya vitu: gharama haijulikani mpaka viwekewe bei.</translation>
    </message>
    <message>
      <source>%1 (assumed: no survey yet)</source>
      <translation>%1 (makadirio: bado hakuna utafiti)</translation>
    </message>
    <message>
      <source>not drawn: cannot be told</source>
      <translation>haijachorwa: haiwezi kujulikana</translation>
    </message>
    <message>
      <source>%1 of %2</source>
      <translation>%1 kati ya %2</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <source>DXF drawing…</source>
      <translation>Mchoro wa DXF…</translation>
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
      <translation>Orodha ya vipimo na gharama (PDF)…</translation>
    </message>
    <message>
      <source>Bill of quantities (XLSX)…</source>
      <translation>Orodha ya vipimo na gharama (XLSX)…</translation>
    </message>
    <message>
      <source>Bill of quantities (CSV)…</source>
      <translation>Orodha ya vipimo na gharama (CSV)…</translation>
    </message>
    <message>
      <source>Plan sheet (PDF)…</source>
      <translation>Karatasi ya ramani (PDF)…</translation>
    </message>
    <message>
      <source>Workshop poster (PDF)…</source>
      <translation>Bango la warsha (PDF)…</translation>
    </message>
    <message>
      <source>House plans (DXF)…</source>
      <translation>Ramani za nyumba (DXF)…</translation>
    </message>
    <message>
      <source>House sheets (PDF)…</source>
      <translation>Karatasi za nyumba (PDF)…</translation>
    </message>
    <message>
      <source>Export %1</source>
      <translation>Hamisha %1</translation>
    </message>
    <message>
      <source>Existing conditions</source>
      <translation>Hali ilivyo sasa</translation>
    </message>
    <message>
      <source>All options on one drawing</source>
      <translation>Machaguo yote kwenye mchoro mmoja</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Nini</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>Vinjari…</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Faili</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>Hamisha</translation>
    </message>
    <message>
      <source>Exporting…</source>
      <translation>Inahamisha…</translation>
    </message>
    <message>
      <source>Exported %1</source>
      <translation>%1 imehamishwa</translation>
    </message>
    <message>
      <source>Not exported: %1</source>
      <translation>Haijahamishwa: %1</translation>
    </message>
    <message>
      <source>Exported %1 (it was finished before Cancel)</source>
      <translation>%1 imehamishwa (ilikamilika kabla ya kughairi)</translation>
    </message>
    <message>
      <source>Export cancelled: %1 was not written</source>
      <translation>Uhamishaji umeghairiwa: %1 haikuandikwa</translation>
    </message>
  </context>
  <context>
    <name>GuidedTour</name>
    <message>
      <source>Back</source>
      <translation>Rudi</translation>
    </message>
    <message>
      <source>Next</source>
      <translation>Endelea</translation>
    </message>
    <message>
      <source>Skip the tour</source>
      <translation>Ruka ziara</translation>
    </message>
    <message>
      <source>Open the sample</source>
      <translation>Fungua mfano</translation>
    </message>
    <message>
      <source>Start with the sample settlement: it opens as a copy, so you can try everything. Later, start from your own settlement's survey, GIS or DXF data here.</source>
      <translation>Anza na makazi ya mfano: yanafunguka kama nakala, kwa hivyo unaweza kujaribu kila kitu. Baadaye, anza hapa na data ya makazi yako (upimaji, GIS au DXF).</translation>
    </message>
    <message>
      <source>The tools</source>
      <translation>Zana</translation>
    </message>
    <message>
      <source>Select, draw plots, houses and paths, lay water pipes, add taps, toilets and lights. Each tool has a key; hover over a tool to see it.</source>
      <translation>Chagua, chora viwanja, nyumba na njia, weka mabomba ya maji, ongeza mabomba ya umma, vyoo na taa. Kila zana ina kitufe; weka kiashiria juu ya zana kukiona.</translation>
    </message>
    <message>
      <source>Draw a tap</source>
      <translation>Chora bomba la maji</translation>
    </message>
    <message>
      <source>Choose an option in the Options panel, pick the tap, and click where it goes on the plan. Or type its position, such as 12.5, 30, and press Enter.</source>
      <translation>Chagua chaguo kwenye kidirisha cha Machaguo, chukua bomba, na ubofye mahali linapokaa kwenye ramani. Au andika mahali pake, kama 12.5, 30, na ubonyeze Enter.</translation>
    </message>
    <message>
      <source>What it costs</source>
      <translation>Gharama yake</translation>
    </message>
    <message>
      <source>The Costs panel follows your drawing: the total, what each household pays and about how much a month.</source>
      <translation>Kidirisha cha Gharama kinafuata mchoro wako: jumla, kila kaya inalipa nini na takriban kiasi gani kwa mwezi.</translation>
    </message>
    <message>
      <source>Compare the options</source>
      <translation>Linganisha machaguo</translation>
    </message>
    <message>
      <source>Every option side by side: cost per household, and who gets water and a toilet within reach.</source>
      <translation>Machaguo yote kando kwa kando: gharama kwa kila kaya, na nani anapata maji na choo karibu.</translation>
    </message>
    <message>
      <source>Workshop mode</source>
      <translation>Hali ya warsha</translation>
    </message>
    <message>
      <source>For the meeting with residents (F9): big pictures and plain words on the projector, the options as cards, and the vote.</source>
      <translation>Kwa mkutano na wakazi (F9): picha kubwa na maneno rahisi kwenye projekta, machaguo kama kadi, na kura.</translation>
    </message>
    <message>
      <source>Help is here</source>
      <translation>Msaada uko hapa</translation>
    </message>
    <message>
      <source>Read the user guide (F1) or take this tour again from the Help menu.</source>
      <translation>Soma mwongozo wa mtumiaji (F1) au rudia ziara hii kutoka menyu ya Msaada.</translation>
    </message>
    <message>
      <source>Step %1 of %2</source>
      <translation>Hatua %1 kati ya %2</translation>
    </message>
    <message>
      <source>Finish</source>
      <translation>Maliza</translation>
    </message>
  </context>
  <context>
    <name>HistoryDock</name>
    <message>
      <source>History</source>
      <translation>Historia</translation>
    </message>
    <message>
      <source>&lt;opened&gt;</source>
      <translation>&lt;imefunguliwa&gt;</translation>
    </message>
  </context>
  <context>
    <name>HoursEditor</name>
    <message>
      <source>Supply hours are needed: type 00:00-24:00 for a supply that never stops</source>
      <translation>Saa za usambazaji zinahitajika: andika 00:00-24:00 kwa usambazaji usiokatika</translation>
    </message>
    <message>
      <source>No hours given</source>
      <translation>Hakuna saa zilizotolewa</translation>
    </message>
    <message>
      <source>“%1” is not within the day (00:00 to 24:00)</source>
      <translation>“%1” haiko ndani ya siku (00:00 hadi 24:00)</translation>
    </message>
    <message>
      <source>“%1” is not a time window such as 06:00-10:00</source>
      <translation>“%1” si kipindi cha saa kama 06:00-10:00</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>haijulikani</translation>
    </message>
    <message>
      <source>Type the hours as 06:00-10:00, 16:00-20:00</source>
      <translation>Andika saa hivi: 06:00-10:00, 16:00-20:00</translation>
    </message>
    <message>
      <source>24 h</source>
      <translation>Saa 24</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Haijulikani</translation>
    </message>
    <message>
      <source>hours unknown</source>
      <translation>saa hazijulikani</translation>
    </message>
    <message>
      <source>%1 h a day</source>
      <translation>saa %1 kwa siku</translation>
    </message>
  </context>
  <context>
    <name>HouseEditing</name>
    <message>
      <source>A house type needs at least one room.</source>
      <translation>Aina ya nyumba inahitaji angalau chumba kimoja.</translation>
    </message>
    <message>
      <source>Click on a wall to put a door or window in it.</source>
      <translation>Bofya ukuta kuweka mlango au dirisha ndani yake.</translation>
    </message>
  </context>
  <context>
    <name>HouseEditorDialog</name>
    <message>
      <source>House type: %1</source>
      <translation>Aina ya nyumba: %1</translation>
    </message>
    <message>
      <source>Room %1</source>
      <translation>Chumba %1</translation>
    </message>
    <message>
      <source>Stage %1</source>
      <translation>Hatua %1</translation>
    </message>
    <message>
      <source>Select</source>
      <translation>Chagua</translation>
    </message>
    <message>
      <source>Room</source>
      <translation>Chumba</translation>
    </message>
    <message>
      <source>Door</source>
      <translation>Mlango</translation>
    </message>
    <message>
      <source>Window</source>
      <translation>Dirisha</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Futa</translation>
    </message>
    <message>
      <source>House type</source>
      <translation>Aina ya nyumba</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Jina</translation>
    </message>
    <message>
      <source>Grid</source>
      <translation>Gridi</translation>
    </message>
    <message>
      <source>Level</source>
      <translation>Ghorofa</translation>
    </message>
    <message>
      <source>Stages</source>
      <translation>Hatua</translation>
    </message>
    <message>
      <source>Show and draw stage</source>
      <translation>Onyesha na chora hatua</translation>
    </message>
    <message>
      <source>Stage name</source>
      <translation>Jina la hatua</translation>
    </message>
    <message>
      <source>Built by</source>
      <translation>Imejengwa na</translation>
    </message>
    <message>
      <source>Add a stage</source>
      <translation>Ongeza hatua</translation>
    </message>
    <message>
      <source>Selected room or opening</source>
      <translation>Chumba au uwazi uliochaguliwa</translation>
    </message>
    <message>
      <source>Room name</source>
      <translation>Jina la chumba</translation>
    </message>
    <message>
      <source>Use</source>
      <translation>Matumizi</translation>
    </message>
    <message>
      <source>Built in stage</source>
      <translation>Imejengwa katika hatua</translation>
    </message>
    <message>
      <source>Opening width</source>
      <translation>Upana wa uwazi</translation>
    </message>
    <message>
      <source>Opening height</source>
      <translation>Kimo cha uwazi</translation>
    </message>
    <message>
      <source>Live check</source>
      <translation>Ukaguzi wa papo hapo</translation>
    </message>
    <message>
      <source>Persons</source>
      <translation>Watu</translation>
    </message>
    <message>
      <source>Save as TOML…</source>
      <translation>Hifadhi kama TOML…</translation>
    </message>
    <message>
      <source>no plot</source>
      <translation>hakuna kiwanja</translation>
    </message>
    <message>
      <source>Up to stage %1: %2 m² floor, %3 m² per person, plot coverage %4</source>
      <translation>Hadi hatua %1: sakafu m² %2, m² %3 kwa kila mtu, sehemu ya kiwanja iliyojengwa %4</translation>
    </message>
    <message>
      <source>Saved %1</source>
      <translation>%1 imehifadhiwa</translation>
    </message>
    <message>
      <source>Save house type</source>
      <translation>Hifadhi aina ya nyumba</translation>
    </message>
  </context>
  <context>
    <name>HouseTypesDialog</name>
    <message>
      <source>House types</source>
      <translation>Aina za nyumba</translation>
    </message>
    <message>
      <source>The project's house types first, then the library's.</source>
      <translation>Aina za nyumba za mradi kwanza, kisha za maktaba.</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Hariri…</translation>
    </message>
    <message>
      <source>in this project</source>
      <translation>katika mradi huu</translation>
    </message>
    <message>
      <source>your library</source>
      <translation>maktaba yako</translation>
    </message>
    <message>
      <source>shipped with Jamii</source>
      <translation>imekuja na Jamii</translation>
    </message>
  </context>
  <context>
    <name>HouseholdImportDialog</name>
    <message>
      <source>Import households</source>
      <translation>Leta kaya</translation>
    </message>
    <message>
      <source>Choose file…</source>
      <translation>Chagua faili…</translation>
    </message>
    <message>
      <source>XLSForm (optional)</source>
      <translation>XLSForm (si lazima)</translation>
    </message>
    <message>
      <source>Choose form…</source>
      <translation>Chagua fomu…</translation>
    </message>
    <message>
      <source>Names, phone numbers and free text are personal already; never exported</source>
      <translation>Majina, namba za simu na maandishi huru tayari ni ya binafsi; hayasafirishwi kamwe</translation>
    </message>
    <message>
      <source>Household field</source>
      <translation>Sehemu ya kaya</translation>
    </message>
    <message>
      <source>Column in the file</source>
      <translation>Safu kwenye faili</translation>
    </message>
    <message>
      <source>Report GPS points less precise than</source>
      <translation>Ripoti alama za GPS zisizo sahihi kuliko</translation>
    </message>
    <message>
      <source>Also personal (questions, comma-separated)</source>
      <translation>Pia ya binafsi (maswali, yakitenganishwa kwa koma)</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Leta</translation>
    </message>
    <message>
      <source>Survey export</source>
      <translation>Faili ya utafiti</translation>
    </message>
    <message>
      <source>Survey exports (*.csv *.xlsx *.zip);;All files (*)</source>
      <translation>Faili za utafiti (*.csv *.xlsx *.zip);;Faili zote (*)</translation>
    </message>
    <message>
      <source>XLSForm</source>
      <translation>XLSForm</translation>
    </message>
    <message>
      <source>XLSForms (*.xlsx *.xls);;All files (*)</source>
      <translation>XLSForms (*.xlsx *.xls);;Faili zote (*)</translation>
    </message>
    <message>
      <source>— not imported —</source>
      <translation>— haijaletwa —</translation>
    </message>
    <message>
      <source>plain table</source>
      <translation>jedwali la kawaida</translation>
    </message>
    <message>
      <source>{kind} export, {rows} rows</source>
      <translation>faili ya {kind}, safu {rows}</translation>
    </message>
    <message>
      <source>; repeats: {names}</source>
      <translation>; zinazojirudia: {names}</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>Safu</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>Tatizo</translation>
    </message>
  </context>
  <context>
    <name>Households</name>
    <message>
      <source>Household</source>
      <translation>Kaya</translation>
    </message>
    <message>
      <source>Plot</source>
      <translation>Kiwanja</translation>
    </message>
    <message>
      <source>Persons</source>
      <translation>Watu</translation>
    </message>
    <message>
      <source>Children</source>
      <translation>Watoto</translation>
    </message>
    <message>
      <source>Head</source>
      <translation>Mkuu wa kaya</translation>
    </message>
    <message>
      <source>Tenure</source>
      <translation>Umiliki</translation>
    </message>
    <message>
      <source>Savings group</source>
      <translation>Kikundi cha akiba</translation>
    </message>
    <message>
      <source>Balance</source>
      <translation>Salio</translation>
    </message>
    <message>
      <source>Saves / month</source>
      <translation>Akiba / mwezi</translation>
    </message>
    <message>
      <source>Survey answers</source>
      <translation>Majibu ya utafiti</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Jina</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Simu</translation>
    </message>
    <message>
      <source>Households</source>
      <translation>Kaya</translation>
    </message>
  </context>
  <context>
    <name>HouseholdsHost</name>
    <message>
      <source>Households</source>
      <translation>Kaya</translation>
    </message>
  </context>
  <context>
    <name>HouseholdsPanel</name>
    <message>
      <source>Filter: plot, household, group… or question=answer</source>
      <translation>Chuja: kiwanja, kaya, kikundi… au swali=jibu</translation>
    </message>
    <message>
      <source>Without plot</source>
      <translation>Bila kiwanja</translation>
    </message>
    <message>
      <source>Show names</source>
      <translation>Onyesha majina</translation>
    </message>
    <message>
      <source>Names and phone numbers stay in the project file; hide them on a projector</source>
      <translation>Majina na namba za simu hubaki kwenye faili la mradi; yaficha kwenye projekta</translation>
    </message>
    <message>
      <source>Place on a plot</source>
      <translation>Weka kwenye kiwanja</translation>
    </message>
    <message>
      <source>Select a household, press this, then click its plot on the plan</source>
      <translation>Chagua kaya, bonyeza hapa, kisha bofya kiwanja chake kwenye ramani</translation>
    </message>
    <message>
      <source>{shown} of {total} households · {persons} persons</source>
      <translation>kaya {shown} kati ya {total} · watu {persons}</translation>
    </message>
    <message>
      <source>{n} not placed on a plot</source>
      <translation>{n} bila kiwanja</translation>
    </message>
  </context>
  <context>
    <name>ImageryDialog</name>
    <message>
      <source>Imagery layers</source>
      <translation>Tabaka za picha</translation>
    </message>
    <message>
      <source>YYYY-MM-DD, empty when not known</source>
      <translation>YYYY-MM-DD, acha wazi isipojulikana</translation>
    </message>
    <message>
      <source>Shown</source>
      <translation>Inaonyeshwa</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Jina</translation>
    </message>
    <message>
      <source>Date taken</source>
      <translation>Tarehe ya kupigwa</translation>
    </message>
    <message>
      <source>Opacity</source>
      <translation>Uzito wa rangi</translation>
    </message>
    <message>
      <source>Brightness</source>
      <translation>Mwangaza</translation>
    </message>
    <message>
      <source>Contrast</source>
      <translation>Utofautishaji</translation>
    </message>
    <message>
      <source>Move up</source>
      <translation>Panda juu</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>Shusha chini</translation>
    </message>
    <message>
      <source>Re-link…</source>
      <translation>Unganisha upya…</translation>
    </message>
    <message>
      <source>Build overviews…</source>
      <translation>Tengeneza muhtasari…</translation>
    </message>
    <message>
      <source> (file missing)</source>
      <translation> (faili haipo)</translation>
    </message>
    <message>
      <source> (file changed)</source>
      <translation> (faili imebadilika)</translation>
    </message>
    <message>
      <source>No imagery layers: add one with File ▸ Import ▸ Background image.</source>
      <translation>Hakuna tabaka za picha: ongeza moja kwa Faili ▸ Ingiza ▸ Picha ya msingi.</translation>
    </message>
    <message>
      <source>Re-link</source>
      <translation>Unganisha upya</translation>
    </message>
  </context>
  <context>
    <name>ItemMappingDialog</name>
    <message>
      <source>Map cost-library items</source>
      <translation>Linganisha vipengee vya orodha ya bei</translation>
    </message>
    <message>
      <source>For each Jamii item, the item of cost library {name} that prices it. Where the units differ, give the conversion factor (library units per Jamii unit): the bill prints it. An item left empty stays unpriced if the library lacks it.</source>
      <translation>Kwa kila kipengee cha Jamii, kipengee cha orodha ya bei {name} kinachokipangia bei. Vipimo vikitofautiana, weka kigezo cha kubadilisha (vipimo vya orodha kwa kila kipimo cha Jamii): bili inakichapisha. Kipengee kilichoachwa tupu kinabaki bila bei ikiwa orodha haina.</translation>
    </message>
    <message>
      <source>Show items containing…</source>
      <translation>Onyesha vipengee vyenye…</translation>
    </message>
    <message>
      <source>Jamii item</source>
      <translation>Kipengee cha Jamii</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Kipimo</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Maelezo</translation>
    </message>
    <message>
      <source>Library item</source>
      <translation>Kipengee cha orodha</translation>
    </message>
    <message>
      <source>Library unit</source>
      <translation>Kipimo cha orodha</translation>
    </message>
    <message>
      <source>Factor</source>
      <translation>Kigezo</translation>
    </message>
    <message>
      <source>Unit check</source>
      <translation>Ukaguzi wa vipimo</translation>
    </message>
    <message>
      <source>also write a mapping file (.toml), optional</source>
      <translation>andika pia faili ya ulinganisho (.toml), si lazima</translation>
    </message>
    <message>
      <source>Mapping file…</source>
      <translation>Faili ya ulinganisho…</translation>
    </message>
    <message>
      <source>the factor is not a number greater than 0</source>
      <translation>kigezo si namba iliyo kubwa kuliko 0</translation>
    </message>
    <message>
      <source>priced by the library's own item {code}</source>
      <translation>bei kutoka kipengee {code} cha orodha yenyewe</translation>
    </message>
    <message>
      <source>not mapped: the line stays unpriced</source>
      <translation>hakijalinganishwa: mstari unabaki bila bei</translation>
    </message>
    <message>
      <source>no item {code} in this library</source>
      <translation>hakuna kipengee {code} katika orodha hii</translation>
    </message>
    <message>
      <source>same unit</source>
      <translation>kipimo kilekile</translation>
    </message>
    <message>
      <source>a quantity in {unit} cannot take a rate per {target}: give a factor ({target} per {unit})</source>
      <translation>kiasi cha {unit} hakiwezi kupewa bei kwa {target}: weka kigezo ({target} kwa kila {unit})</translation>
    </message>
    <message>
      <source>1 {unit} = {factor} {target} (shown on the bill)</source>
      <translation>1 {unit} = {factor} {target} (inaonyeshwa kwenye bili)</translation>
    </message>
    <message>
      <source>{n} item(s) fail the unit check: Save stays off until they are fixed.</source>
      <translation>Vipengee {n} vimeshindwa ukaguzi wa vipimo: Hifadhi imezimwa hadi virekebishwe.</translation>
    </message>
    <message>
      <source>Mapping file</source>
      <translation>Faili ya ulinganisho</translation>
    </message>
    <message>
      <source>Mapping file (*.toml)</source>
      <translation>Faili ya ulinganisho (*.toml)</translation>
    </message>
  </context>
  <context>
    <name>LayersDock</name>
    <message>
      <source>Layers</source>
      <translation>Tabaka</translation>
    </message>
    <message>
      <source>Layer</source>
      <translation>Tabaka</translation>
    </message>
    <message>
      <source>Locked</source>
      <translation>Imefungwa</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Compare</source>
      <translation>Linganisha</translation>
    </message>
    <message>
      <source>&amp;New</source>
      <translation>&amp;Mpya</translation>
    </message>
    <message>
      <source>&amp;Open…</source>
      <translation>&amp;Fungua…</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Hifadhi</translation>
    </message>
    <message>
      <source>Save &amp;As…</source>
      <translation>Hifadhi &amp;kama…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Funga programu</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Futa</translation>
    </message>
    <message>
      <source>Select &amp;All</source>
      <translation>Chagua &amp;vyote</translation>
    </message>
    <message>
      <source>&amp;Preferences…</source>
      <translation>&amp;Mapendeleo…</translation>
    </message>
    <message>
      <source>Zoom &amp;In</source>
      <translation>&amp;Kuza</translation>
    </message>
    <message>
      <source>Zoom &amp;Out</source>
      <translation>&amp;Punguza</translation>
    </message>
    <message>
      <source>&amp;Whole Plan</source>
      <translation>&amp;Ramani nzima</translation>
    </message>
    <message>
      <source>&amp;Workshop Mode</source>
      <translation>Hali ya &amp;warsha</translation>
    </message>
    <message>
      <source>&amp;Full Screen</source>
      <translation>Skrini &amp;nzima</translation>
    </message>
    <message>
      <source>Workshop</source>
      <translation>Warsha</translation>
    </message>
    <message>
      <source>Switch workshop mode on or off (F9)</source>
      <translation>Washa au zima hali ya warsha (F9)</translation>
    </message>
    <message>
      <source>Whole plan</source>
      <translation>Ramani nzima</translation>
    </message>
    <message>
      <source>&amp;About Jamii</source>
      <translation>&amp;Kuhusu Jamii</translation>
    </message>
    <message>
      <source>House &amp;types…</source>
      <translation>&amp;Aina za nyumba…</translation>
    </message>
    <message>
      <source>Add an &amp;item by hand…</source>
      <translation>Ongeza &amp;kitu kwa mkono…</translation>
    </message>
    <message>
      <source>Add a priced item that is not drawn (a quote, a notice board) to the shown option's bill</source>
      <translation>Ongeza kwenye orodha ya gharama ya chaguo linaloonyeshwa kitu chenye bei ambacho hakijachorwa (nukuu ya bei, ubao wa matangazo)</translation>
    </message>
    <message>
      <source>Costing &amp;assumptions…</source>
      <translation>&amp;Makisio ya gharama…</translation>
    </message>
    <message>
      <source>&amp;Map cost-library items…</source>
      <translation>&amp;Linganisha vipengee vya orodha ya bei…</translation>
    </message>
    <message>
      <source>Choose which item of the project's cost library prices each Jamii item, with the unit check</source>
      <translation>Chagua kipengee cha orodha ya bei ya mradi kinachopanga bei ya kila kipengee cha Jamii, pamoja na ukaguzi wa vipimo</translation>
    </message>
    <message>
      <source>House types</source>
      <translation>Aina za nyumba</translation>
    </message>
    <message>
      <source>Draw and edit the project's house types, room by room</source>
      <translation>Chora na hariri aina za nyumba za mradi, chumba kwa chumba</translation>
    </message>
    <message>
      <source>Select and move</source>
      <translation>Chagua na sogeza</translation>
    </message>
    <message>
      <source>Rotate</source>
      <translation>Zungusha</translation>
    </message>
    <message>
      <source>Edit corners</source>
      <translation>Hariri pembe</translation>
    </message>
    <message>
      <source>Draw plot</source>
      <translation>Chora kiwanja</translation>
    </message>
    <message>
      <source>Draw building (rectangle)</source>
      <translation>Chora jengo (mstatili)</translation>
    </message>
    <message>
      <source>Draw building (outline)</source>
      <translation>Chora jengo (umbo)</translation>
    </message>
    <message>
      <source>Draw hazard area</source>
      <translation>Chora eneo la hatari</translation>
    </message>
    <message>
      <source>Draw path or road</source>
      <translation>Chora njia au barabara</translation>
    </message>
    <message>
      <source>Draw water main</source>
      <translation>Chora bomba kuu la maji</translation>
    </message>
    <message>
      <source>Draw sewer</source>
      <translation>Chora bomba la maji taka</translation>
    </message>
    <message>
      <source>Draw drain</source>
      <translation>Chora mfereji</translation>
    </message>
    <message>
      <source>Add standpipe</source>
      <translation>Weka bomba la umma</translation>
    </message>
    <message>
      <source>Add water kiosk</source>
      <translation>Weka kioski cha maji</translation>
    </message>
    <message>
      <source>Add toilet</source>
      <translation>Weka choo</translation>
    </message>
    <message>
      <source>Add manhole</source>
      <translation>Weka shimo la ukaguzi</translation>
    </message>
    <message>
      <source>Add street light</source>
      <translation>Weka taa ya barabarani</translation>
    </message>
    <message>
      <source>Measure</source>
      <translation>Pima</translation>
    </message>
    <message>
      <source>Split plot</source>
      <translation>Gawa kiwanja</translation>
    </message>
    <message>
      <source>Eraser: remove what this option added</source>
      <translation>Kifutio: ondoa kilichoongezwa na chaguo hili</translation>
    </message>
    <message>
      <source>Mark for demolition</source>
      <translation>Weka alama ya kubomoa</translation>
    </message>
    <message>
      <source>Mark for relocation</source>
      <translation>Weka alama ya kuhamisha</translation>
    </message>
    <message>
      <source>Select</source>
      <translation>Chagua</translation>
    </message>
    <message>
      <source>Turn</source>
      <translation>Zungusha</translation>
    </message>
    <message>
      <source>Corners</source>
      <translation>Pembe</translation>
    </message>
    <message>
      <source>Plot</source>
      <translation>Kiwanja</translation>
    </message>
    <message>
      <source>House</source>
      <translation>Nyumba</translation>
    </message>
    <message>
      <source>House shape</source>
      <translation>Umbo la nyumba</translation>
    </message>
    <message>
      <source>Danger</source>
      <translation>Hatari</translation>
    </message>
    <message>
      <source>Path</source>
      <translation>Njia</translation>
    </message>
    <message>
      <source>Water pipe</source>
      <translation>Bomba la maji</translation>
    </message>
    <message>
      <source>Sewer</source>
      <translation>Maji taka</translation>
    </message>
    <message>
      <source>Drain</source>
      <translation>Mfereji</translation>
    </message>
    <message>
      <source>Tap</source>
      <translation>Bomba</translation>
    </message>
    <message>
      <source>Kiosk</source>
      <translation>Kioski</translation>
    </message>
    <message>
      <source>Toilet</source>
      <translation>Choo</translation>
    </message>
    <message>
      <source>Manhole</source>
      <translation>Shimo</translation>
    </message>
    <message>
      <source>Light</source>
      <translation>Taa</translation>
    </message>
    <message>
      <source>Split</source>
      <translation>Gawa</translation>
    </message>
    <message>
      <source>Eraser</source>
      <translation>Kifutio</translation>
    </message>
    <message>
      <source>Take down house</source>
      <translation>Bomoa nyumba</translation>
    </message>
    <message>
      <source>Move house</source>
      <translation>Hamisha nyumba</translation>
    </message>
    <message>
      <source>Click to select, shift-click to add, drag to move, drag on empty ground to select an area.</source>
      <translation>Bofya kuchagua, shift-bofya kuongeza, buruta kusogeza, buruta mahali patupu kuchagua eneo.</translation>
    </message>
    <message>
      <source>Drag to rotate the selection; hold shift for 15° steps; or type an angle and press Enter.</source>
      <translation>Buruta kuzungusha ulichochagua; shikilia shift kwa hatua za 15°; au andika pembe kisha bonyeza Enter.</translation>
    </message>
    <message>
      <source>Drag a corner; double-click an edge to add one; ctrl-click a corner to remove it.</source>
      <translation>Buruta pembe; bofya mara mbili ukingo kuongeza pembe; ctrl-bofya pembe kuiondoa.</translation>
    </message>
    <message>
      <source>Click the corners; click the first corner or press Enter to finish. Type a length + Enter.</source>
      <translation>Bofya pembe; bofya pembe ya kwanza au bonyeza Enter kumaliza. Andika urefu + Enter.</translation>
    </message>
    <message>
      <source>Click two corners, then the depth. Type 6x8 + Enter for a 6 m × 8 m building.</source>
      <translation>Bofya pembe mbili, kisha kina. Andika 6x8 + Enter kwa jengo la m 6 × m 8.</translation>
    </message>
    <message>
      <source>Click along the centre line; double-click or Enter to finish. Width is set in the tool bar.</source>
      <translation>Bofya kufuata mstari wa kati; bofya mara mbili au Enter kumaliza. Upana huwekwa kwenye upau wa zana.</translation>
    </message>
    <message>
      <source>Click along the pipe; it joins the network at nodes. Double-click or Enter to finish.</source>
      <translation>Bofya kufuata bomba; linaungana na mtandao kwenye viungo. Bofya mara mbili au Enter kumaliza.</translation>
    </message>
    <message>
      <source>Click where the standpipe goes.</source>
      <translation>Bofya mahali bomba la umma litakapowekwa.</translation>
    </message>
    <message>
      <source>Click points to measure length; three or more points also give the area.</source>
      <translation>Bofya sehemu kupima urefu; sehemu tatu au zaidi hutoa pia eneo.</translation>
    </message>
    <message>
      <source>Click two points across a plot to cut it in two.</source>
      <translation>Bofya sehemu mbili zinazovuka kiwanja ili ukigawe mara mbili.</translation>
    </message>
    <message>
      <source>Click a tap, toilet, path or house this option added to take it away again; today's settlement is never erased.</source>
      <translation>Bofya bomba, choo, njia au nyumba iliyoongezwa na chaguo hili ili kuiondoa; makazi ya leo hayafutwi kamwe.</translation>
    </message>
    <message>
      <source>Click a building to mark it for demolition in this option; click again to unmark.</source>
      <translation>Bofya jengo kuliwekea alama ya kubomolewa katika chaguo hili; bofya tena kuiondoa.</translation>
    </message>
    <message>
      <source>Click a building, then the plot its household moves to; Enter leaves the plot open.</source>
      <translation>Bofya jengo, kisha kiwanja ambacho kaya yake itahamia; Enter huacha kiwanja kichaguliwe baadaye.</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Faili</translation>
    </message>
    <message>
      <source>Open &amp;Recent</source>
      <translation>Fungua za &amp;karibuni</translation>
    </message>
    <message>
      <source>&amp;Import</source>
      <translation>&amp;Leta</translation>
    </message>
    <message>
      <source>DXF drawing…</source>
      <translation>Mchoro wa DXF…</translation>
    </message>
    <message>
      <source>GIS file…</source>
      <translation>Faili ya GIS…</translation>
    </message>
    <message>
      <source>Background image…</source>
      <translation>Picha ya nyuma…</translation>
    </message>
    <message>
      <source>Imagery layers…</source>
      <translation>Tabaka za picha…</translation>
    </message>
    <message>
      <source>&amp;Export</source>
      <translation>&amp;Hamisha</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Hariri</translation>
    </message>
    <message>
      <source>&amp;Tools</source>
      <translation>&amp;Zana</translation>
    </message>
    <message>
      <source>Type &amp;coordinates</source>
      <translation>Andika &amp;viwianishi</translation>
    </message>
    <message>
      <source>&amp;Design</source>
      <translation>&amp;Usanifu</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Mwonekano</translation>
    </message>
    <message>
      <source>Snap to corners</source>
      <translation>Shika kwenye pembe</translation>
    </message>
    <message>
      <source>Snap to edges</source>
      <translation>Shika kwenye kingo</translation>
    </message>
    <message>
      <source>Snap to right angles</source>
      <translation>Shika kwenye pembe mraba</translation>
    </message>
    <message>
      <source>&amp;Panels</source>
      <translation>&amp;Paneli</translation>
    </message>
    <message>
      <source>Fit the panels to the window</source>
      <translation>Panga paneli zitoshee dirisha</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Msaada</translation>
    </message>
    <message>
      <source>&amp;User guide</source>
      <translation>&amp;Mwongozo wa mtumiaji</translation>
    </message>
    <message>
      <source>Guided &amp;tour</source>
      <translation>&amp;Ziara ya kuongozwa</translation>
    </message>
    <message>
      <source>&amp;Welcome page</source>
      <translation>Ukurasa wa &amp;karibu</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Faili</translation>
    </message>
    <message>
      <source>Tools</source>
      <translation>Zana</translation>
    </message>
    <message>
      <source>Path width</source>
      <translation>Upana wa njia</translation>
    </message>
    <message>
      <source>View</source>
      <translation>Mwonekano</translation>
    </message>
    <message>
      <source>Workshop controls</source>
      <translation>Vidhibiti vya warsha</translation>
    </message>
    <message>
      <source>Find plots without access</source>
      <translation>Tafuta viwanja visivyo na njia</translation>
    </message>
    <message>
      <source>Propose access paths</source>
      <translation>Pendekeza njia za kufikia</translation>
    </message>
    <message>
      <source>local metres, no coordinate system</source>
      <translation>mita za eneo, hakuna mfumo wa kuratibu</translation>
    </message>
    <message>
      <source>The drawing is not placed on the Earth: import a survey or set the CRS in Properties.</source>
      <translation>Mchoro haujawekwa mahali duniani: leta utafiti au weka CRS kwenye Sifa.</translation>
    </message>
    <message>
      <source>Currency: %1</source>
      <translation>Sarafu: %1</translation>
    </message>
    <message>
      <source>(chosen from the country the data lies in)</source>
      <translation>(imechaguliwa kutokana na nchi ambamo data iko)</translation>
    </message>
    <message>
      <source>(chosen by you)</source>
      <translation>(imechaguliwa na wewe)</translation>
    </message>
    <message>
      <source>not saved</source>
      <translation>haijahifadhiwa</translation>
    </message>
    <message>
      <source>(read-only)</source>
      <translation>(kusoma tu)</translation>
    </message>
    <message>
      <source>Existing conditions</source>
      <translation>Hali ilivyo sasa</translation>
    </message>
    <message>
      <source>x %1 m, y %2 m</source>
      <translation>x %1 m, y %2 m</translation>
    </message>
    <message>
      <source>length %1 m</source>
      <translation>urefu m %1</translation>
    </message>
    <message>
      <source>area %1 m²</source>
      <translation>eneo m² %1</translation>
    </message>
    <message>
      <source>angle %1°</source>
      <translation>pembe %1°</translation>
    </message>
    <message>
      <source>typed: %1</source>
      <translation>imeandikwa: %1</translation>
    </message>
    <message>
      <source>Please confirm</source>
      <translation>Tafadhali thibitisha</translation>
    </message>
    <message>
      <source>Not done: %1</source>
      <translation>Haikufanyika: %1</translation>
    </message>
    <message>
      <source>New settlement</source>
      <translation>Makazi mapya</translation>
    </message>
    <message>
      <source>Open project</source>
      <translation>Fungua mradi</translation>
    </message>
    <message>
      <source>Jamii projects (*.jamii)</source>
      <translation>Miradi ya Jamii (*.jamii)</translation>
    </message>
    <message>
      <source>Cannot open</source>
      <translation>Haiwezi kufungua</translation>
    </message>
    <message>
      <source>Opened read-only</source>
      <translation>Imefunguliwa kwa kusoma tu</translation>
    </message>
    <message>
      <source>%1. The project is opened read-only: Save will ask for a new file name.</source>
      <translation>%1. Mradi umefunguliwa kwa kusoma tu: Hifadhi itaomba jina jipya la faili.</translation>
    </message>
    <message>
      <source>This is a copy of %1 shipped with Jamii: Save asks where to keep your work.</source>
      <translation>Hii ni nakala ya %1 inayokuja na Jamii: Hifadhi itauliza mahali pa kuweka kazi yako.</translation>
    </message>
    <message>
      <source>Save project</source>
      <translation>Hifadhi mradi</translation>
    </message>
    <message>
      <source>Cannot save</source>
      <translation>Haiwezi kuhifadhi</translation>
    </message>
    <message>
      <source>Saved %1</source>
      <translation>%1 imehifadhiwa</translation>
    </message>
    <message>
      <source>Changed on disk</source>
      <translation>Imebadilishwa kwenye diski</translation>
    </message>
    <message>
      <source>%1 was changed by another program since you opened it. Saving now would lose that change.</source>
      <translation>%1 imebadilishwa na programu nyingine tangu ulipoifungua. Kuhifadhi sasa kungepoteza badiliko hilo.</translation>
    </message>
    <message>
      <source>Reload from disk</source>
      <translation>Pakia upya kutoka diski</translation>
    </message>
    <message>
      <source>Save as…</source>
      <translation>Hifadhi kama…</translation>
    </message>
    <message>
      <source>Only in the file on disk: %1</source>
      <translation>Kwenye faili la diski tu: %1</translation>
    </message>
    <message>
      <source>Only in this window: %1</source>
      <translation>Kwenye dirisha hili tu: %1</translation>
    </message>
    <message>
      <source>Different in both: %1</source>
      <translation>Tofauti katika yote mawili: %1</translation>
    </message>
    <message>
      <source>Unsaved changes</source>
      <translation>Mabadiliko hayajahifadhiwa</translation>
    </message>
    <message>
      <source>Save the changes to %1?</source>
      <translation>Hifadhi mabadiliko ya %1?</translation>
    </message>
    <message>
      <source>Recover unsaved work?</source>
      <translation>Rejesha kazi ambayo haikuhifadhiwa?</translation>
    </message>
    <message>
      <source>Jamii did not close properly last time. Open the automatic copy of your unsaved work?</source>
      <translation>Jamii haikufungwa vizuri mara ya mwisho. Fungua nakala ya kiotomatiki ya kazi yako ambayo haikuhifadhiwa?</translation>
    </message>
    <message>
      <source>Cannot recover</source>
      <translation>Haiwezi kurejesha</translation>
    </message>
    <message>
      <source>Choose an option first: items by hand go on an option's bill.</source>
      <translation>Chagua chaguo kwanza: vitu vinavyoongezwa kwa mkono huenda kwenye orodha ya gharama ya chaguo.</translation>
    </message>
    <message>
      <source>Add an item by hand</source>
      <translation>Ongeza kitu kwa mkono</translation>
    </message>
    <message>
      <source>Costing assumptions</source>
      <translation>Makisio ya gharama</translation>
    </message>
  </context>
  <context>
    <name>ManualItemDialog</name>
    <message>
      <source>Add an item by hand</source>
      <translation>Ongeza kitu kwa mkono</translation>
    </message>
    <message>
      <source>in the bill's currency</source>
      <translation>kwa sarafu ya orodha ya gharama</translation>
    </message>
    <message>
      <source>or a cost-library item code</source>
      <translation>au namba ya kitu katika orodha ya bei</translation>
    </message>
    <message>
      <source>where the quantity or rate comes from</source>
      <translation>kiasi au bei vinatoka wapi</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Maelezo</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Kipimo</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>Kiasi</translation>
    </message>
    <message>
      <source>Rate</source>
      <translation>Bei kwa kipimo</translation>
    </message>
    <message>
      <source>Library code</source>
      <translation>Namba ya kitu katika orodha ya bei</translation>
    </message>
    <message>
      <source>Bill</source>
      <translation>Sehemu</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Kumbukumbu</translation>
    </message>
    <message>
      <source>{label}: {text!r} is not a number</source>
      <translation>{label}: {text!r} si namba</translation>
    </message>
  </context>
  <context>
    <name>OptionsDock</name>
    <message>
      <source>Options</source>
      <translation>Machaguo</translation>
    </message>
    <message>
      <source>New</source>
      <translation>Mpya</translation>
    </message>
    <message>
      <source>Duplicate</source>
      <translation>Nakili</translation>
    </message>
    <message>
      <source>Rename…</source>
      <translation>Badilisha jina…</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Futa</translation>
    </message>
    <message>
      <source>Highlight what this option changes</source>
      <translation>Onyesha kinachobadilishwa na chaguo hili</translation>
    </message>
    <message>
      <source>Existing conditions</source>
      <translation>Hali ilivyo sasa</translation>
    </message>
    <message>
      <source>%1 (%2 changes)</source>
      <translation>%1 (mabadiliko %2)</translation>
    </message>
    <message>
      <source>Option %1</source>
      <translation>Chaguo %1</translation>
    </message>
    <message>
      <source>%1 (copy)</source>
      <translation>%1 (nakala)</translation>
    </message>
    <message>
      <source>Rename option</source>
      <translation>Badilisha jina la chaguo</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Jina</translation>
    </message>
    <message>
      <source>Delete option</source>
      <translation>Futa chaguo</translation>
    </message>
    <message>
      <source>Delete the option “%1” and everything it proposes?</source>
      <translation>Futa chaguo “%1” na kila kitu inachopendekeza?</translation>
    </message>
  </context>
  <context>
    <name>People</name>
    <message>
      <source>&amp;People</source>
      <translation>&amp;Watu</translation>
    </message>
    <message>
      <source>Import households…</source>
      <translation>Leta kaya…</translation>
    </message>
    <message>
      <source>Record a workshop…</source>
      <translation>Rekodi warsha…</translation>
    </message>
    <message>
      <source>Delete the latest workshop record…</source>
      <translation>Futa rekodi ya mwisho ya warsha…</translation>
    </message>
    <message>
      <source>Open phone voting…</source>
      <translation>Fungua upigaji kura kwa simu…</translation>
    </message>
    <message>
      <source>Vote</source>
      <translation>Piga kura</translation>
    </message>
    <message>
      <source>Delete the workshop record of %1 with its %2 ballots? This cannot be undone.</source>
      <translation>Futa rekodi ya warsha ya %1 pamoja na kura zake %2? Hili haliwezi kutenduliwa.</translation>
    </message>
    <message>
      <source>Delete workshop record</source>
      <translation>Futa rekodi ya warsha</translation>
    </message>
  </context>
  <context>
    <name>PhoneVotingDialog</name>
    <message>
      <source>Phone voting</source>
      <translation>Kura kwa simu</translation>
    </message>
    <message>
      <source>Record a workshop first.</source>
      <translation>Rekodi warsha kwanza.</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Anza</translation>
    </message>
    <message>
      <source>Close the vote</source>
      <translation>Funga upigaji kura</translation>
    </message>
    <message>
      <source>Workshop</source>
      <translation>Warsha</translation>
    </message>
    <message>
      <source>Hall network address</source>
      <translation>Anwani ya mtandao wa ukumbi</translation>
    </message>
    <message>
      <source>Port</source>
      <translation>Mlango</translation>
    </message>
    <message>
      <source>Make and print codes…</source>
      <translation>Tengeneza na uchapishe namba…</translation>
    </message>
    <message>
      <source>Codes</source>
      <translation>Namba</translation>
    </message>
    <message>
      <source>Print codes</source>
      <translation>Chapisha namba</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <source>%1 codes printed to %2</source>
      <translation>Namba %1 zimechapishwa kwenye %2</translation>
    </message>
    <message>
      <source>Phones open %1 — projector: %2</source>
      <translation>Simu zinafungua %1 — projekta: %2</translation>
    </message>
    <message>
      <source>Stop listening</source>
      <translation>Acha kusikiliza</translation>
    </message>
    <message>
      <source>The vote is closed.</source>
      <translation>Upigaji kura umefungwa.</translation>
    </message>
    <message>
      <source>%1 of %2 codes have voted</source>
      <translation>Namba %1 kati ya %2 zimepiga kura</translation>
    </message>
    <message>
      <source>Phone ballots</source>
      <translation>Kura za simu</translation>
    </message>
  </context>
  <context>
    <name>PreferencesDialog</name>
    <message>
      <source>Preferences</source>
      <translation>Mapendeleo</translation>
    </message>
    <message>
      <source>System language</source>
      <translation>Lugha ya mfumo</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Lugha</translation>
    </message>
    <message>
      <source>A new language is used from the next start.</source>
      <translation>Lugha mpya itatumika utakapofungua tena.</translation>
    </message>
    <message>
      <source> min</source>
      <translation> dak</translation>
    </message>
    <message>
      <source>Save a safety copy every</source>
      <translation>Hifadhi nakala ya usalama kila</translation>
    </message>
    <message>
      <source>off</source>
      <translation>imezimwa</translation>
    </message>
    <message>
      <source>Snap to a grid of</source>
      <translation>Shika kwenye gridi ya</translation>
    </message>
  </context>
  <context>
    <name>PropertiesDock</name>
    <message>
      <source>Properties</source>
      <translation>Sifa</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>Eneo</translation>
    </message>
    <message>
      <source>Length</source>
      <translation>Urefu</translation>
    </message>
    <message>
      <source>Chosen from the country the imported data lies in (%1); pick another to change it.</source>
      <translation>Imechaguliwa kutokana na nchi ambamo data iliyoingizwa iko (%1); chagua nyingine kuibadilisha.</translation>
    </message>
    <message>
      <source>Chosen by you: imports never change it.</source>
      <translation>Imechaguliwa na wewe: uingizaji hauibadilishi kamwe.</translation>
    </message>
    <message>
      <source>The default currency: the first import sets it from the data's country.</source>
      <translation>Sarafu ya msingi: uingizaji wa kwanza huiweka kutokana na nchi ya data.</translation>
    </message>
    <message>
      <source>%1 is not a currency code (three letters, e.g. KES, DJF, USD)</source>
      <translation>%1 si msimbo wa sarafu (herufi tatu, k.m. KES, DJF, USD)</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>haijulikani</translation>
    </message>
    <message>
      <source>%1 is not a number</source>
      <translation>%1 si namba</translation>
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>OK</source>
      <translation>Sawa</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Hifadhi</translation>
    </message>
    <message>
      <source>Save All</source>
      <translation>Hifadhi zote</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Fungua</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>&amp;Ndiyo</translation>
    </message>
    <message>
      <source>Yes to &amp;All</source>
      <translation>Ndiyo kwa &amp;zote</translation>
    </message>
    <message>
      <source>&amp;No</source>
      <translation>&amp;Hapana</translation>
    </message>
    <message>
      <source>N&amp;o to All</source>
      <translation>Hapana kwa z&amp;ote</translation>
    </message>
    <message>
      <source>Abort</source>
      <translation>Sitisha</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Jaribu tena</translation>
    </message>
    <message>
      <source>Ignore</source>
      <translation>Puuza</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Funga</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Ghairi</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Tupa mabadiliko</translation>
    </message>
    <message>
      <source>Don't Save</source>
      <translation>Usihifadhi</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Msaada</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Tekeleza</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Weka upya</translation>
    </message>
    <message>
      <source>Restore Defaults</source>
      <translation>Rejesha chaguo-msingi</translation>
    </message>
  </context>
  <context>
    <name>ResultsChart</name>
    <message>
      <source>Women</source>
      <translation>Wanawake</translation>
    </message>
    <message>
      <source>Men</source>
      <translation>Wanaume</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Mwingine</translation>
    </message>
    <message>
      <source>Children</source>
      <translation>Watoto</translation>
    </message>
    <message>
      <source>Youth</source>
      <translation>Kijana</translation>
    </message>
    <message>
      <source>Adults</source>
      <translation>Watu wazima</translation>
    </message>
    <message>
      <source>Elders</source>
      <translation>Wazee</translation>
    </message>
  </context>
  <context>
    <name>ServedRoutes</name>
    <message>
      <source>Draw a path</source>
      <translation>Chora njia</translation>
    </message>
    <message>
      <source>Connect this plot to the paths so its walks can be measured</source>
      <translation>Unganisha kiwanja hiki na njia ili umbali wa kutembea upimwe</translation>
    </message>
    <message>
      <source>No paths drawn yet: whether this plot has path access, and how far it walks, cannot be told. Draw the paths, or derive them from the plots (Access).</source>
      <translation>Bado hakuna njia zilizochorwa: haiwezi kujulikana kama kiwanja hiki kina njia, wala kinatembea umbali gani. Chora njia, au zitoe kutoka kwenye viwanja (Ufikiaji).</translation>
    </message>
    <message>
      <source>No path from this plot: distances are walked along the drawn paths. Draw a path to its gate.</source>
      <translation>Hakuna njia kutoka kiwanja hiki: umbali hupimwa kwa kutembea kupitia njia zilizochorwa. Chora njia hadi langoni mwake.</translation>
    </message>
    <message>
      <source>Water</source>
      <translation>Maji</translation>
    </message>
    <message>
      <source>Toilet</source>
      <translation>Choo</translation>
    </message>
    <message>
      <source>%1: on the plot</source>
      <translation>%1: kiwanjani</translation>
    </message>
    <message>
      <source>%1: none reachable along the paths</source>
      <translation>%1: hakuna kinachofikika kupitia njia</translation>
    </message>
    <message>
      <source>%1: %2 m walk (within %3 m)</source>
      <translation>%1: mwendo wa m %2 (ndani ya m %3)</translation>
    </message>
    <message>
      <source>%1: %2 m walk — more than %3 m</source>
      <translation>%1: mwendo wa m %2 — zaidi ya m %3</translation>
    </message>
  </context>
  <context>
    <name>ServedWords</name>
    <message>
      <source>Water points and toilets are not drawn yet: who is served cannot be told.</source>
      <translation>Vituo vya maji na vyoo bado havijachorwa: haiwezekani kusema nani anahudumiwa.</translation>
    </message>
    <message>
      <source>Toilets are not drawn yet: who has a toilet within reach cannot be told.</source>
      <translation>Vyoo bado havijachorwa: haiwezekani kusema nani ana choo karibu.</translation>
    </message>
    <message>
      <source>Water points are not drawn yet: who has water within reach cannot be told.</source>
      <translation>Vituo vya maji bado havijachorwa: haiwezekani kusema nani ana maji karibu.</translation>
    </message>
    <message>
      <source>Paths are not drawn yet: who has water and a toilet within reach cannot be told.</source>
      <translation>Njia bado hazijachorwa: haiwezi kujulikana nani ana maji na choo karibu.</translation>
    </message>
    <message>
      <source>Water and a toilet within reach for &lt;b&gt;%1 of %2 households&lt;/b&gt;.</source>
      <translation>Maji na choo karibu kwa &lt;b&gt;kaya %1 kati ya %2&lt;/b&gt;.</translation>
    </message>
    <message>
      <source>Water and a toilet within reach for &lt;b&gt;%1 of %2 households&lt;/b&gt; (assumed, no survey yet).</source>
      <translation>Maji na choo karibu kwa &lt;b&gt;kaya %1 kati ya %2&lt;/b&gt; (makadirio, bado hakuna utafiti).</translation>
    </message>
  </context>
  <context>
    <name>SharedByDialog</name>
    <message>
      <source>Who may use %1</source>
      <translation>Nani anaweza kutumia %1</translation>
    </message>
    <message>
      <source>Filter by plot number or household</source>
      <translation>Chuja kwa namba ya kiwanja au kaya</translation>
    </message>
    <message>
      <source>%1 (not in this option)</source>
      <translation>%1 (haimo katika chaguo hili)</translation>
    </message>
    <message>
      <source>Plot %1: %2 m away, %3 households</source>
      <translation>Kiwanja %1: umbali wa m %2, kaya %3</translation>
    </message>
    <message>
      <source>Household %1 on plot %2 (%3 persons)</source>
      <translation>Kaya %1 kwenye kiwanja %2 (watu %3)</translation>
    </message>
    <message>
      <source>%1 plots and %2 households chosen</source>
      <translation>Viwanja %1 na kaya %2 vimechaguliwa</translation>
    </message>
  </context>
  <context>
    <name>StandardsDock</name>
    <message>
      <source>Standards</source>
      <translation>Viwango</translation>
    </message>
    <message>
      <source>No overlay</source>
      <translation>Bila tabaka la juu</translation>
    </message>
    <message>
      <source>Distance to water</source>
      <translation>Umbali hadi maji</translation>
    </message>
    <message>
      <source>Distance to a toilet</source>
      <translation>Umbali hadi choo</translation>
    </message>
    <message>
      <source>The standards check is not installed.</source>
      <translation>Ukaguzi wa viwango haujasakinishwa.</translation>
    </message>
    <message>
      <source>Blue: within half of %1 m. Yellow: within %1 m. Red: farther, or none reachable.</source>
      <translation>Bluu: ndani ya nusu ya m %1. Njano: ndani ya m %1. Nyekundu: mbali zaidi, au hakuna kinachofikika.</translation>
    </message>
    <message>
      <source>No paths drawn yet: walking distances and path access cannot be told.</source>
      <translation>Bado hakuna njia zilizochorwa: umbali wa kutembea na kufikia njia haviwezi kujulikana.</translation>
    </message>
  </context>
  <context>
    <name>Startup</name>
    <message>
      <source>Starting Jamii…</source>
      <translation>Jamii inaanza…</translation>
    </message>
    <message>
      <source>Reading the project…</source>
      <translation>Inasoma mradi…</translation>
    </message>
    <message>
      <source>Preparing the panels…</source>
      <translation>Inaandaa paneli…</translation>
    </message>
    <message>
      <source>Drawing the plan…</source>
      <translation>Inachora ramani…</translation>
    </message>
    <message>
      <source>Opening the project</source>
      <translation>Inafungua mradi</translation>
    </message>
  </context>
  <context>
    <name>SurveyImportDialog</name>
    <message>
      <source>Import a base survey</source>
      <translation>Leta ramani ya msingi</translation>
    </message>
    <message>
      <source>No file chosen</source>
      <translation>Hakuna faili iliyochaguliwa</translation>
    </message>
    <message>
      <source>as the file says (EPSG:32737, a PROJ string, WKT or a .prj file)</source>
      <translation>kama faili linavyosema (EPSG:32737, mfuatano wa PROJ, WKT au faili la .prj)</translation>
    </message>
    <message>
      <source>Coordinate system of the file</source>
      <translation>Mfumo wa kuratibu wa faili</translation>
    </message>
    <message>
      <source>latitude,longitude (e.g. -6.80,39.24) or a country code (KE, TZ)</source>
      <translation>latitudo,longitudo (mf. -6.80,39.24) au msimbo wa nchi (KE, TZ)</translation>
    </message>
    <message>
      <source>Where the data should land. An import into a project that already has a drawing is checked against it; a first import is checked against this place.</source>
      <translation>Mahali data inapaswa kutua. Uingizaji katika mradi ambao tayari una mchoro unakaguliwa dhidi yake; uingizaji wa kwanza unakaguliwa dhidi ya mahali hapa.</translation>
    </message>
    <message>
      <source>Where the data should be</source>
      <translation>Mahali data inapaswa kuwa</translation>
    </message>
    <message>
      <source>Layer in the file</source>
      <translation>Tabaka kwenye faili</translation>
    </message>
    <message>
      <source>Becomes</source>
      <translation>Inakuwa</translation>
    </message>
    <message>
      <source>What the import will create</source>
      <translation>Kile ambacho uingizaji utaunda</translation>
    </message>
    <message>
      <source>Choose file…</source>
      <translation>Chagua faili…</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Leta</translation>
    </message>
    <message>
      <source>DXF drawings (*.dxf)</source>
      <translation>Michoro ya DXF (*.dxf)</translation>
    </message>
    <message>
      <source>GIS files (*.geojson *.json *.gpkg *.shp *.csv *.osm *.pbf)</source>
      <translation>Faili za GIS (*.geojson *.json *.gpkg *.shp *.csv *.osm *.pbf)</translation>
    </message>
    <message>
      <source>(leave out)</source>
      <translation>(acha)</translation>
    </message>
    <message>
      <source>Check what each layer becomes, then import.</source>
      <translation>Hakikisha kila tabaka linakuwa nini, kisha leta.</translation>
    </message>
    <message>
      <source>Imported %1 features</source>
      <translation>Vitu %1 vimeletwa</translation>
    </message>
    <message>
      <source>currency %1, from the country the data lies in</source>
      <translation>sarafu %1, kutokana na nchi ambamo data iko</translation>
    </message>
    <message>
      <source>Not imported: %1</source>
      <translation>Haijaletwa: %1</translation>
    </message>
  </context>
  <context>
    <name>TriStateEditor</name>
    <message>
      <source>Unknown</source>
      <translation>Haijulikani</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Ndiyo</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Hapana</translation>
    </message>
  </context>
  <context>
    <name>UndoBridge</name>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Tendua</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Tendua</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Rudia</translation>
    </message>
    <message>
      <source>Redo</source>
      <translation>Rudia</translation>
    </message>
    <message>
      <source>&amp;Undo %1</source>
      <translation>&amp;Tendua %1</translation>
    </message>
    <message>
      <source>&amp;Redo %1</source>
      <translation>&amp;Rudia %1</translation>
    </message>
  </context>
  <context>
    <name>UserGuideWindow</name>
    <message>
      <source>Jamii user guide</source>
      <translation>Mwongozo wa mtumiaji wa Jamii</translation>
    </message>
  </context>
  <context>
    <name>UsersEditor</name>
    <message>
      <source>Shared by named users: %1 plots, %2 households</source>
      <translation>Kinashirikiwa na watumiaji waliotajwa: viwanja %1, kaya %2</translation>
    </message>
    <message>
      <source>Shared, users not named: counted as open to the neighbours who reach it</source>
      <translation>Kinashirikiwa, watumiaji hawajatajwa: kinahesabiwa kuwa wazi kwa majirani wanaokifikia</translation>
    </message>
    <message>
      <source>Private to plot %1</source>
      <translation>Cha binafsi cha kiwanja %1</translation>
    </message>
    <message>
      <source>Nobody has said who may use it: counted as open, never as private</source>
      <translation>Hakuna aliyesema nani anaweza kukitumia: kinahesabiwa kuwa wazi, si cha binafsi</translation>
    </message>
    <message>
      <source>Public: anyone who reaches it may use it</source>
      <translation>Cha umma: yeyote anayekifikia anaweza kukitumia</translation>
    </message>
    <message>
      <source>No household is recorded on the %1 plots that may use it</source>
      <translation>Hakuna kaya iliyorekodiwa kwenye viwanja %1 vinavyoweza kukitumia</translation>
    </message>
    <message>
      <source>%1 households (%2 persons) live on the %3 plots that may use it</source>
      <translation>Kaya %1 (watu %2) zinaishi kwenye viwanja %3 vinavyoweza kukitumia</translation>
    </message>
    <message>
      <source>Not in the project: %1</source>
      <translation>Hayamo katika mradi: %1</translation>
    </message>
    <message>
      <source>Choose users…</source>
      <translation>Chagua watumiaji…</translation>
    </message>
    <message>
      <source>Not named</source>
      <translation>Hawajatajwa</translation>
    </message>
    <message>
      <source>Forget the named users (who may use it is then not named)</source>
      <translation>Sahau watumiaji waliotajwa (wanaoweza kukitumia hawatatajwa tena)</translation>
    </message>
  </context>
  <context>
    <name>VoteMenu</name>
    <message>
      <source>Water taps</source>
      <translation>Mabomba ya maji</translation>
    </message>
    <message>
      <source>Toilets</source>
      <translation>Vyoo</translation>
    </message>
    <message>
      <source>Street lights</source>
      <translation>Taa za barabarani</translation>
    </message>
    <message>
      <source>Paths</source>
      <translation>Njia</translation>
    </message>
    <message>
      <source>Drains</source>
      <translation>Mifereji</translation>
    </message>
    <message>
      <source>Core houses</source>
      <translation>Nyumba za msingi</translation>
    </message>
    <message>
      <source>House improvements</source>
      <translation>Maboresho ya nyumba</translation>
    </message>
  </context>
  <context>
    <name>VotingPage</name>
    <message>
      <source>Back to the plan</source>
      <translation>Rudi kwenye ramani</translation>
    </message>
    <message>
      <source>Record the workshop first</source>
      <translation>Rekodi warsha kwanza</translation>
    </message>
  </context>
  <context>
    <name>VotingScreen</name>
    <message>
      <source>I am:</source>
      <translation>Mimi ni:</translation>
    </message>
    <message>
      <source>Woman</source>
      <translation>Mwanamke</translation>
    </message>
    <message>
      <source>Man</source>
      <translation>Mwanamume</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Mwingine</translation>
    </message>
    <message>
      <source>Child</source>
      <translation>Mtoto</translation>
    </message>
    <message>
      <source>Youth</source>
      <translation>Kijana</translation>
    </message>
    <message>
      <source>Adult</source>
      <translation>Mtu mzima</translation>
    </message>
    <message>
      <source>Elder</source>
      <translation>Mzee</translation>
    </message>
    <message>
      <source>Paper ballot (entered after the meeting)</source>
      <translation>Kura ya karatasi (imeingizwa baada ya mkutano)</translation>
    </message>
    <message>
      <source>Show results</source>
      <translation>Onyesha matokeo</translation>
    </message>
    <message>
      <source>Results</source>
      <translation>Matokeo</translation>
    </message>
    <message>
      <source>Yes, record my vote</source>
      <translation>Ndiyo, hifadhi kura yangu</translation>
    </message>
    <message>
      <source>No, change it</source>
      <translation>Hapana, badilisha</translation>
    </message>
    <message>
      <source>Budget used</source>
      <translation>Bajeti iliyotumika</translation>
    </message>
    <message>
      <source>Cast vote</source>
      <translation>Piga kura</translation>
    </message>
    <message>
      <source>Start again</source>
      <translation>Anza upya</translation>
    </message>
    <message>
      <source>Correct a ballot…</source>
      <translation>Sahihisha kura…</translation>
    </message>
    <message>
      <source>For the facilitator: void or change a ballot, with a reason</source>
      <translation>Kwa mwezeshaji: batilisha au badilisha kura, pamoja na sababu</translation>
    </message>
    <message>
      <source>Tap the options in order: your favourite first.</source>
      <translation>Gusa machaguo kwa mpangilio: unalolipenda zaidi kwanza.</translation>
    </message>
    <message>
      <source>Fill the basket with what matters most — within the budget.</source>
      <translation>Jaza kikapu kwa vitu muhimu zaidi — ndani ya bajeti.</translation>
    </message>
    <message>
      <source>Tap the option you prefer.</source>
      <translation>Gusa chaguo unalopendelea.</translation>
    </message>
    <message>
      <source>Basket: %1 of %2</source>
      <translation>Kikapu: %1 kati ya %2</translation>
    </message>
    <message>
      <source>Too much for the budget: take something out (at least %1).</source>
      <translation>Imezidi bajeti: ondoa kitu (angalau %1).</translation>
    </message>
    <message>
      <source>Tap Woman, Man or Other first.</source>
      <translation>Gusa kwanza Mwanamke, Mwanamume au Mwingine.</translation>
    </message>
    <message>
      <source>Your vote:</source>
      <translation>Kura yako:</translation>
    </message>
    <message>
      <source>Total: %1</source>
      <translation>Jumla: %1</translation>
    </message>
    <message>
      <source>Is this right?</source>
      <translation>Je, hii ni sahihi?</translation>
    </message>
    <message>
      <source>Thank you! Vote recorded (ballot %1).</source>
      <translation>Asante! Kura imehifadhiwa (kura %1).</translation>
    </message>
    <message>
      <source>Ballot %1 corrected: %2</source>
      <translation>Kura %1 imesahihishwa: %2</translation>
    </message>
    <message>
      <source>{n} ballots ({paper} on paper)</source>
      <translation>kura {n} ({paper} za karatasi)</translation>
    </message>
    <message>
      <source>%1 corrected by the facilitator</source>
      <translation>%1 yamesahihishwa na mwezeshaji</translation>
    </message>
    <message>
      <source>Choice</source>
      <translation>Chaguo</translation>
    </message>
    <message>
      <source>Women</source>
      <translation>Wanawake</translation>
    </message>
    <message>
      <source>Men</source>
      <translation>Wanaume</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Jumla</translation>
    </message>
    <message>
      <source>1st choice</source>
      <translation>Chaguo la 1</translation>
    </message>
    <message>
      <source>Funded</source>
      <translation>Imefadhiliwa</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>ndiyo</translation>
    </message>
    <message>
      <source>no</source>
      <translation>hapana</translation>
    </message>
  </context>
  <context>
    <name>WelcomePage</name>
    <message>
      <source>Welcome to Jamii</source>
      <translation>Karibu Jamii</translation>
    </message>
    <message>
      <source>Draw your settlement's plots, houses, paths, water and toilets with your neighbours, try several options, see what each costs a household and who is served, and vote.</source>
      <translation>Chora pamoja na majirani viwanja, nyumba, njia, maji na vyoo vya makazi yenu, jaribu machaguo kadhaa, ona kila moja linagharimu kaya kiasi gani na nani anahudumiwa, kisha pigeni kura.</translation>
    </message>
    <message>
      <source>Explore the sample settlement</source>
      <translation>Chunguza makazi ya mfano</translation>
    </message>
    <message>
      <source>Start from my settlement's data (survey, GIS or DXF)…</source>
      <translation>Anza na data ya makazi yangu (utafiti, GIS au DXF)…</translation>
    </message>
    <message>
      <source>Start an empty project</source>
      <translation>Anza mradi mtupu</translation>
    </message>
    <message>
      <source>Open a project file…</source>
      <translation>Fungua faili la mradi…</translation>
    </message>
    <message>
      <source>Recent projects</source>
      <translation>Miradi ya hivi karibuni</translation>
    </message>
  </context>
  <context>
    <name>WorkshopAccessPage</name>
    <message>
      <source>Own door onto a path or street</source>
      <extracomment>Plot fills by way out (Okabe-Ito, colour-blind safe; the first three as in the Access dock). A new picture is on the plan (after each computation).</extracomment>
      <translation>Mlango wake mwenyewe kwenye njia au barabara</translation>
    </message>
    <message>
      <source>Way out only through a neighbour's plot</source>
      <translation>Njia ya kutoka ni kupitia kiwanja cha jirani tu</translation>
    </message>
    <message>
      <source>Way out only through 2 or more plots</source>
      <translation>Njia ya kutoka ni kupitia viwanja 2 au zaidi tu</translation>
    </message>
    <message>
      <source>Shut in: no way out at all</source>
      <translation>Kimefungiwa: hakuna njia ya kutoka kabisa</translation>
    </message>
    <message>
      <source>New path in this option</source>
      <translation>Njia mpya katika chaguo hili</translation>
    </message>
    <message>
      <source>Plot that gives land for a path</source>
      <translation>Kiwanja kinachotoa ardhi kwa njia</translation>
    </message>
    <message>
      <source>House that moves</source>
      <translation>Nyumba inayohamishwa</translation>
    </message>
    <message>
      <source>Finding who has a way out…</source>
      <translation>Inatafuta nani ana njia ya kutoka…</translation>
    </message>
    <message>
      <source>Every household has a way out of its own</source>
      <translation>Kila kaya ina njia yake ya kutoka</translation>
    </message>
    <message>
      <source>1 household has no way out of its own</source>
      <translation>Kaya 1 haina njia yake ya kutoka</translation>
    </message>
    <message>
      <source>%1 households have no way out of their own</source>
      <translation>Kaya %1 hazina njia yao ya kutoka</translation>
    </message>
    <message>
      <source>Every plot has a way out of its own (no households are recorded)</source>
      <translation>Kila kiwanja kina njia yake ya kutoka (hakuna kaya zilizoandikishwa)</translation>
    </message>
    <message>
      <source>1 plot has no way out of its own (no households are recorded)</source>
      <translation>Kiwanja 1 hakina njia yake ya kutoka (hakuna kaya zilizoandikishwa)</translation>
    </message>
    <message>
      <source>%1 plots have no way out of their own (no households are recorded)</source>
      <translation>Viwanja %1 havina njia yao ya kutoka (hakuna kaya zilizoandikishwa)</translation>
    </message>
    <message>
      <source>this option gives all of them a path</source>
      <translation>chaguo hili linawapa wote njia</translation>
    </message>
    <message>
      <source>this option gives none of them a path</source>
      <translation>chaguo hili halimpi yeyote kati yao njia</translation>
    </message>
    <message>
      <source>this option gives %1 of them a path</source>
      <translation>chaguo hili linawapa %1 kati yao njia</translation>
    </message>
    <message>
      <source>no house moves</source>
      <translation>hakuna nyumba inayohamishwa</translation>
    </message>
    <message>
      <source>1 house moves</source>
      <translation>nyumba 1 inahamishwa</translation>
    </message>
    <message>
      <source>%1 houses move</source>
      <translation>nyumba %1 zinahamishwa</translation>
    </message>
    <message>
      <source>1 other building comes down</source>
      <translation>jengo jingine 1 linabomolewa</translation>
    </message>
    <message>
      <source>%1 other buildings come down</source>
      <translation>majengo mengine %1 yanabomolewa</translation>
    </message>
  </context>
  <context>
    <name>WorkshopPanel</name>
    <message>
      <source>Our options</source>
      <translation>Machaguo yetu</translation>
    </message>
    <message>
      <source>Who has a way out?</source>
      <translation>Nani ana njia ya kutoka?</translation>
    </message>
    <message>
      <source>Today</source>
      <translation>Leo</translation>
    </message>
    <message>
      <source>The settlement today</source>
      <translation>Makazi yetu leo</translation>
    </message>
    <message>
      <source>This is the settlement as it is today: about %1 households, assumed one per home plot (no survey yet).</source>
      <translation>Haya ndiyo makazi yalivyo leo: takriban kaya %1, tukikadiria kaya moja kwa kila kiwanja cha makazi (bado hakuna utafiti).</translation>
    </message>
    <message>
      <source>This is the settlement as it is today: %1 households.</source>
      <translation>Haya ndiyo makazi yalivyo leo: kaya %1.</translation>
    </message>
    <message>
      <source>Working out the cost…</source>
      <translation>Inakokotoa gharama…</translation>
    </message>
    <message>
      <source>Each household pays &lt;b&gt;%1&lt;/b&gt;.</source>
      <translation>Kila kaya inalipa &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
      <source>That is about &lt;b&gt;%1 a month&lt;/b&gt;.</source>
      <translation>Hiyo ni takriban &lt;b&gt;%1 kwa mwezi&lt;/b&gt;.</translation>
    </message>
    <message>
      <source>Total cost %1, shared by %2 households (assumed: one per home plot, no survey yet).</source>
      <translation>Gharama yote %1, inagawanywa na kaya %2 (makadirio: kaya moja kwa kila kiwanja cha makazi, bado hakuna utafiti).</translation>
    </message>
    <message>
      <source>Total cost %1, shared by %2 households.</source>
      <translation>Gharama yote %1, inagawanywa na kaya %2.</translation>
    </message>
    <message>
      <source>Working out who is served…</source>
      <translation>Inakokotoa nani anahudumiwa…</translation>
    </message>
  </context>
  <context>
    <name>WorkshopRecordDialog</name>
    <message>
      <source>Workshop record</source>
      <translation>Kumbukumbu ya warsha</translation>
    </message>
    <message>
      <source>Edit workshop record</source>
      <translation>Hariri kumbukumbu ya warsha</translation>
    </message>
    <message>
      <source>Single choice</source>
      <translation>Chaguo moja</translation>
    </message>
    <message>
      <source>Ranking</source>
      <translation>Mpangilio wa upendeleo</translation>
    </message>
    <message>
      <source>Shopping cart with a budget</source>
      <translation>Kikapu chenye bajeti</translation>
    </message>
    <message>
      <source>What each household could spend on the interventions of the menu</source>
      <translation>Kiasi ambacho kila kaya ingeweza kutumia kwa huduma za orodha</translation>
    </message>
    <message>
      <source>What was discussed (no names of participants)</source>
      <translation>Kilichojadiliwa (bila majina ya washiriki)</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Tarehe</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Mahali</translation>
    </message>
    <message>
      <source>Voting</source>
      <translation>Upigaji kura</translation>
    </message>
    <message>
      <source>Budget per household</source>
      <translation>Bajeti kwa kila kaya</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>Washiriki</translation>
    </message>
    <message>
      <source>Children</source>
      <translation>Watoto</translation>
    </message>
    <message>
      <source>Youth</source>
      <translation>Kijana</translation>
    </message>
    <message>
      <source>Adults</source>
      <translation>Watu wazima</translation>
    </message>
    <message>
      <source>Elders</source>
      <translation>Wazee</translation>
    </message>
    <message>
      <source>Women / girls</source>
      <translation>Wanawake / wasichana</translation>
    </message>
    <message>
      <source>Men / boys</source>
      <translation>Wanaume / wavulana</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Mwingine</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Maelezo</translation>
    </message>
    <message>
      <source>{total} participants: {women} women, {men} men</source>
      <translation>washiriki {total}: wanawake {women}, wanaume {men}</translation>
    </message>
    <message>
      <source>A shopping-cart vote needs a budget.</source>
      <translation>Kura ya kikapu inahitaji bajeti.</translation>
    </message>
  </context>
  <context>
    <name>command</name>
    <message>
      <source>Add imagery layer</source>
      <translation>Ongeza tabaka la picha</translation>
    </message>
    <message>
      <source>Change imagery layer</source>
      <translation>Badilisha tabaka la picha</translation>
    </message>
    <message>
      <source>Import base survey</source>
      <translation>Leta ramani ya msingi</translation>
    </message>
    <message>
      <source>Add background image</source>
      <translation>Weka picha ya nyuma</translation>
    </message>
    <message>
      <source>New option</source>
      <translation>Chaguo jipya</translation>
    </message>
    <message>
      <source>Rename option</source>
      <translation>Badilisha jina la chaguo</translation>
    </message>
    <message>
      <source>Delete option</source>
      <translation>Futa chaguo</translation>
    </message>
    <message>
      <source>Edit properties</source>
      <translation>Hariri sifa</translation>
    </message>
    <message>
      <source>Erase</source>
      <translation>Futa</translation>
    </message>
    <message>
      <source>Draw plot</source>
      <translation>Chora kiwanja</translation>
    </message>
    <message>
      <source>Draw building</source>
      <translation>Chora jengo</translation>
    </message>
    <message>
      <source>Draw core house</source>
      <translation>Chora nyumba ya msingi</translation>
    </message>
    <message>
      <source>Draw hazard area</source>
      <translation>Chora eneo la hatari</translation>
    </message>
    <message>
      <source>Draw path</source>
      <translation>Chora njia</translation>
    </message>
    <message>
      <source>Draw water main</source>
      <translation>Chora bomba kuu la maji</translation>
    </message>
    <message>
      <source>Draw sewer</source>
      <translation>Chora bomba la maji taka</translation>
    </message>
    <message>
      <source>Draw drain</source>
      <translation>Chora mfereji</translation>
    </message>
    <message>
      <source>Add standpipe</source>
      <translation>Weka bomba la umma</translation>
    </message>
    <message>
      <source>Add water kiosk</source>
      <translation>Weka kioski cha maji</translation>
    </message>
    <message>
      <source>Add toilet</source>
      <translation>Weka choo</translation>
    </message>
    <message>
      <source>Add manhole</source>
      <translation>Weka shimo la ukaguzi</translation>
    </message>
    <message>
      <source>Add street light</source>
      <translation>Weka taa ya barabarani</translation>
    </message>
    <message>
      <source>Draw room</source>
      <translation>Chora chumba</translation>
    </message>
    <message>
      <source>Move room</source>
      <translation>Hamisha chumba</translation>
    </message>
    <message>
      <source>Resize room</source>
      <translation>Badilisha ukubwa wa chumba</translation>
    </message>
    <message>
      <source>Edit room</source>
      <translation>Hariri chumba</translation>
    </message>
    <message>
      <source>Delete room</source>
      <translation>Futa chumba</translation>
    </message>
    <message>
      <source>Add door</source>
      <translation>Ongeza mlango</translation>
    </message>
    <message>
      <source>Add window</source>
      <translation>Ongeza dirisha</translation>
    </message>
    <message>
      <source>Edit door or window</source>
      <translation>Hariri mlango au dirisha</translation>
    </message>
    <message>
      <source>Delete door or window</source>
      <translation>Futa mlango au dirisha</translation>
    </message>
    <message>
      <source>Edit building stage</source>
      <translation>Hariri hatua ya ujenzi</translation>
    </message>
    <message>
      <source>Add building stage</source>
      <translation>Ongeza hatua ya ujenzi</translation>
    </message>
    <message>
      <source>Rename house type</source>
      <translation>Badilisha jina la aina ya nyumba</translation>
    </message>
    <message>
      <source>Change house grid</source>
      <translation>Badilisha gridi ya nyumba</translation>
    </message>
    <message>
      <source>Mark for demolition</source>
      <translation>Weka alama ya kubomoa</translation>
    </message>
    <message>
      <source>Mark for relocation</source>
      <translation>Weka alama ya kuhamisha</translation>
    </message>
    <message>
      <source>Remove mark</source>
      <translation>Ondoa alama</translation>
    </message>
    <message>
      <source>Take down this house in this option? The household living in it will need another home.</source>
      <translation>Bomoa nyumba hii katika chaguo hili? Kaya inayoishi humo itahitaji makazi mengine.</translation>
    </message>
    <message>
      <source>Rotate</source>
      <translation>Zungusha</translation>
    </message>
    <message>
      <source>Move</source>
      <translation>Sogeza</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Futa</translation>
    </message>
    <message>
      <source>Split plot</source>
      <translation>Gawa kiwanja</translation>
    </message>
    <message>
      <source>Move vertex</source>
      <translation>Sogeza pembe</translation>
    </message>
    <message>
      <source>Insert vertex</source>
      <translation>Ongeza pembe</translation>
    </message>
    <message>
      <source>Delete vertex</source>
      <translation>Futa pembe</translation>
    </message>
  </context>
  <context>
    <name>currency</name>
    <message>
      <source>The cost library %1 prices in %2, the project in %3: the bills stay in %2 until you give an exchange rate (Design &gt; Costing assumptions).</source>
      <translation>Maktaba ya gharama %1 inapanga bei kwa %2, mradi kwa %3: hati za gharama zinabaki kwa %2 hadi utoe kiwango cha ubadilishaji (Usanifu &gt; Makisio ya gharama).</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <source>choose or create an option first: demolitions belong to an option</source>
      <translation>chagua au unda chaguo kwanza: ubomoaji ni sehemu ya chaguo</translation>
    </message>
    <message>
      <source>the line must cross one plot from side to side</source>
      <translation>mstari lazima uvuke kiwanja kimoja kutoka upande mmoja hadi mwingine</translation>
    </message>
    <message>
      <source>this is part of the settlement today: the eraser only removes what this option added (to take a house down, use Take down house)</source>
      <translation>hiki ni sehemu ya makazi ya leo: kifutio huondoa tu kilichoongezwa na chaguo hili (kubomoa nyumba, tumia Bomoa nyumba)</translation>
    </message>
    <message>
      <source>a ballot correction needs a reason</source>
      <translation>usahihishaji wa kura unahitaji sababu</translation>
    </message>
    <message>
      <source>a household has at least one person</source>
      <translation>kaya ina angalau mtu mmoja</translation>
    </message>
    <message>
      <source>an option needs a name</source>
      <translation>chaguo linahitaji jina</translation>
    </message>
    <message>
      <source>children must be between 0 and the household size</source>
      <translation>idadi ya watoto lazima iwe kati ya 0 na ukubwa wa kaya</translation>
    </message>
    <message>
      <source>persons per household must be positive</source>
      <translation>idadi ya watu kwa kila kaya lazima iwe chanya</translation>
    </message>
    <message>
      <source>shares must lie between 0 and 1</source>
      <translation>hisa lazima ziwe kati ya 0 na 1</translation>
    </message>
    <message>
      <source>the image file is missing</source>
      <translation>faili la picha halipo</translation>
    </message>
    <message>
      <source>{field}: {problem}</source>
      <translation>{field}: {problem}</translation>
    </message>
    <message>
      <source>{what} {value} is not a finite number</source>
      <translation>{what}: {value} si namba yenye kikomo</translation>
    </message>
    <message>
      <source>{what} {value}{unit} must be more than {limit}</source>
      <translation>{what}: {value}{unit} lazima iwe zaidi ya {limit}</translation>
    </message>
    <message>
      <source>{what} {value}{unit} is below the smallest plausible value, {limit}</source>
      <translation>{what}: {value}{unit} iko chini ya thamani ndogo kabisa inayowezekana, {limit}</translation>
    </message>
    <message>
      <source>{what} {value}{unit} is above the largest plausible value, {limit}</source>
      <translation>{what}: {value}{unit} iko juu ya thamani kubwa kabisa inayowezekana, {limit}</translation>
    </message>
    <message>
      <source>a number of about {digits} digits</source>
      <translation>namba yenye tarakimu takriban {digits}</translation>
    </message>
    <message>
      <source>vertex {i} {point} is more than {limit} m from the project origin</source>
      <translation>kipeo {i} {point} kiko zaidi ya m {limit} kutoka asili ya mradi</translation>
    </message>
    <message>
      <source>a line needs at least 2 points, got {n}</source>
      <translation>mstari unahitaji angalau pointi 2, zimepokelewa {n}</translation>
    </message>
    <message>
      <source>segment {i} has zero length (repeated vertex)</source>
      <translation>sehemu {i} ina urefu sifuri (kipeo kimerudiwa)</translation>
    </message>
    <message>
      <source>an outline needs at least 3 corners, got {n}</source>
      <translation>mzunguko unahitaji angalau pembe 3, zimepokelewa {n}</translation>
    </message>
    <message>
      <source>the outline is degenerate (area {area_m2} m²)</source>
      <translation>mzunguko umeharibika (eneo m² {area_m2})</translation>
    </message>
    <message>
      <source>the outline crosses itself near ({x_m}, {y_m})</source>
      <translation>mzunguko unajikata wenyewe karibu na ({x_m}; {y_m})</translation>
    </message>
    <message>
      <source>line {line}: {value} is not a finite number</source>
      <translation>mstari {line}: {value} si namba yenye kikomo</translation>
    </message>
    <message>
      <source>{value} is not a finite number</source>
      <translation>{value} si namba yenye kikomo</translation>
    </message>
    <message>
      <source>the point ({lat}, {lon}) lies {far_km} km from the site</source>
      <translation>nukta ({lat}; {lon}) iko km {far_km} kutoka eneo la mradi</translation>
    </message>
    <message>
      <source>the point lies {far_km} km from the site (coordinates in {crs}?)</source>
      <translation>nukta iko km {far_km} kutoka eneo la mradi (viwianishi katika {crs}?)</translation>
    </message>
    <message>
      <source>no house type {type_id}; known types: {known}</source>
      <translation>hakuna aina ya nyumba {type_id}; aina zinazojulikana: {known}</translation>
    </message>
    <message>
      <source>expected a non-negative number, got {value}</source>
      <translation>ilitarajiwa namba isiyo hasi, imepokelewa {value}</translation>
    </message>
    <message>
      <source>expected [x, y, width, depth] in metres</source>
      <translation>ilitarajiwa [x, y, upana, kina] kwa mita</translation>
    </message>
    <message>
      <source>a number too large for metres</source>
      <translation>namba kubwa mno kwa mita</translation>
    </message>
    <message>
      <source>unknown rule threshold</source>
      <translation>kiwango cha kanuni kisichojulikana</translation>
    </message>
    <message>
      <source>expected a table of use = area in m²</source>
      <translation>ilitarajiwa jedwali la matumizi = eneo kwa m²</translation>
    </message>
    <message>
      <source>a threshold too large for a number</source>
      <translation>kiwango kikubwa mno kwa namba</translation>
    </message>
    <message>
      <source>the outline is not a valid polygon ({reason})</source>
      <translation>mzunguko si poligoni halali ({reason})</translation>
    </message>
    <message>
      <source>is {kind}, not a file that can be read as {what}</source>
      <translation>ni {kind}, si faili inayoweza kusomwa kama {what}</translation>
    </message>
    <message>
      <source>is {size_mib} MiB, more than the {limit_mib} MiB {what} may have</source>
      <translation>ina MiB {size_mib}, zaidi ya MiB {limit_mib} zinazoruhusiwa kwa {what}</translation>
    </message>
    <message>
      <source>grew past the {limit_mib} MiB {what} may have while being read</source>
      <translation>imezidi MiB {limit_mib} zinazoruhusiwa kwa {what} wakati wa kusomwa</translation>
    </message>
    <message>
      <source>has more than {max_entities} entities; split the drawing or purge it first</source>
      <translation>ina vitu zaidi ya {max_entities}; gawanya mchoro au usafishe kwanza</translation>
    </message>
    <message>
      <source>line {line}: value {value} (group {code}) is not a plausible coordinate or length (at most {limit} m)</source>
      <translation>mstari {line}: thamani {value} (kundi {code}) si kiwianishi au urefu unaowezekana (isizidi m {limit})</translation>
    </message>
    <message>
      <source>row</source>
      <translation>safu mlalo</translation>
    </message>
    <message>
      <source>column</source>
      <translation>safu wima</translation>
    </message>
    <message>
      <source>{where}: in {crs} the data would land at {at}, and {problem}{hint}</source>
      <translation>{where}: katika {crs} data zingeangukia {at}, na {problem}{hint}</translation>
    </message>
    <message>
      <source>{lat}°{ns} {lon}°{ew}</source>
      <translation>{lat}°{ns} {lon}°{ew}</translation>
    </message>
    <message>
      <source>nowhere on the Earth</source>
      <translation>mahali popote duniani</translation>
    </message>
    <message>
      <source>its coordinates are not on the Earth in this CRS</source>
      <translation>viwianishi vyake haviko duniani katika mfumo huu</translation>
    </message>
    <message>
      <source>its coordinates are not longitudes/latitudes</source>
      <translation>viwianishi vyake si longitudo/latitudo</translation>
    </message>
    <message>
      <source>its eastings ({km} km) are outside the 100–900 km of a UTM zone</source>
      <translation>mashariki zake (km {km}) ziko nje ya km 100–900 za kanda ya UTM</translation>
    </message>
    <message>
      <source>its northings ({km} km) are outside the 0–10,000 km of a UTM zone</source>
      <translation>kaskazini zake (km {km}) ziko nje ya km 0–10,000 za kanda ya UTM</translation>
    </message>
    <message>
      <source>that is outside the area of use of {crs} ({area})</source>
      <translation>ambayo iko nje ya eneo la matumizi la {crs} ({area})</translation>
    </message>
    <message>
      <source>that is at sea</source>
      <translation>ambayo iko baharini</translation>
    </message>
    <message>
      <source>; candidate CRSs that put it on land: {crss}</source>
      <translation>; mifumo inayoweza kuiweka nchi kavu: {crss}</translation>
    </message>
    <message>
      <source>; check the CRS of the source (pass --crs with the right one)</source>
      <translation>; kagua mfumo wa viwianishi wa chanzo (toa sahihi kwa --crs)</translation>
    </message>
    <message>
      <source>a folder</source>
      <translation>folda</translation>
    </message>
    <message>
      <source>a pipe (FIFO)</source>
      <translation>bomba la data (FIFO)</translation>
    </message>
    <message>
      <source>a device</source>
      <translation>kifaa</translation>
    </message>
    <message>
      <source>a socket</source>
      <translation>soketi</translation>
    </message>
    <message>
      <source>not a regular file</source>
      <translation>si faili ya kawaida</translation>
    </message>
    <message>
      <source>a project</source>
      <translation>mradi</translation>
    </message>
    <message>
      <source>a DXF drawing</source>
      <translation>mchoro wa DXF</translation>
    </message>
    <message>
      <source>a workbook</source>
      <translation>kitabu cha hesabu</translation>
    </message>
    <message>
      <source>an image</source>
      <translation>picha</translation>
    </message>
    <message>
      <source>a GIS file</source>
      <translation>faili ya GIS</translation>
    </message>
    <message>
      <source>a survey export</source>
      <translation>faili ya utafiti</translation>
    </message>
    <message>
      <source>a table</source>
      <translation>jedwali</translation>
    </message>
    <message>
      <source>a TOML data file</source>
      <translation>faili ya data ya TOML</translation>
    </message>
    <message>
      <source>the project CRS</source>
      <translation>CRS ya mradi</translation>
    </message>
    <message>
      <source>none</source>
      <translation>hakuna</translation>
    </message>
    <message>
      <source>GPS precision limit</source>
      <translation>kikomo cha usahihi wa GPS</translation>
    </message>
    <message>
      <source>balance</source>
      <translation>salio</translation>
    </message>
    <message>
      <source>budget limit</source>
      <translation>kikomo cha bajeti</translation>
    </message>
    <message>
      <source>depth</source>
      <translation>kina</translation>
    </message>
    <message>
      <source>diameter</source>
      <translation>kipenyo</translation>
    </message>
    <message>
      <source>distance</source>
      <translation>umbali</translation>
    </message>
    <message>
      <source>flow</source>
      <translation>mtiririko</translation>
    </message>
    <message>
      <source>footing depth</source>
      <translation>kina cha msingi</translation>
    </message>
    <message>
      <source>footing width</source>
      <translation>upana wa msingi</translation>
    </message>
    <message>
      <source>government works</source>
      <translation>kazi za serikali</translation>
    </message>
    <message>
      <source>grace period (months)</source>
      <translation>muda wa msamaha (miezi)</translation>
    </message>
    <message>
      <source>grid spacing</source>
      <translation>nafasi ya gridi</translation>
    </message>
    <message>
      <source>height</source>
      <translation>kimo</translation>
    </message>
    <message>
      <source>hour of the day</source>
      <translation>saa ya siku</translation>
    </message>
    <message>
      <source>household size</source>
      <translation>ukubwa wa kaya</translation>
    </message>
    <message>
      <source>image height</source>
      <translation>kimo cha picha</translation>
    </message>
    <message>
      <source>image width</source>
      <translation>upana wa picha</translation>
    </message>
    <message>
      <source>income</source>
      <translation>kipato</translation>
    </message>
    <message>
      <source>interest rate</source>
      <translation>kiwango cha riba</translation>
    </message>
    <message>
      <source>lamp power</source>
      <translation>nguvu ya taa</translation>
    </message>
    <message>
      <source>level</source>
      <translation>kiwango cha mwinuko</translation>
    </message>
    <message>
      <source>loan term (months)</source>
      <translation>muda wa mkopo (miezi)</translation>
    </message>
    <message>
      <source>monthly savings</source>
      <translation>akiba ya mwezi</translation>
    </message>
    <message>
      <source>number of children</source>
      <translation>idadi ya watoto</translation>
    </message>
    <message>
      <source>number of members</source>
      <translation>idadi ya wanachama</translation>
    </message>
    <message>
      <source>number of participants</source>
      <translation>idadi ya washiriki</translation>
    </message>
    <message>
      <source>number of rooms</source>
      <translation>idadi ya vyumba</translation>
    </message>
    <message>
      <source>number of seats</source>
      <translation>idadi ya viti vya choo</translation>
    </message>
    <message>
      <source>number of stages</source>
      <translation>idadi ya hatua</translation>
    </message>
    <message>
      <source>number of storeys</source>
      <translation>idadi ya ghorofa</translation>
    </message>
    <message>
      <source>number of taps</source>
      <translation>idadi ya mabomba</translation>
    </message>
    <message>
      <source>origin easting</source>
      <translation>mashariki ya asili</translation>
    </message>
    <message>
      <source>origin northing</source>
      <translation>kaskazini ya asili</translation>
    </message>
    <message>
      <source>persons per household</source>
      <translation>watu kwa kaya</translation>
    </message>
    <message>
      <source>plot width</source>
      <translation>upana wa kiwanja</translation>
    </message>
    <message>
      <source>pressure head</source>
      <translation>kimo cha shinikizo</translation>
    </message>
    <message>
      <source>price</source>
      <translation>bei</translation>
    </message>
    <message>
      <source>roof overhang</source>
      <translation>upenu wa paa</translation>
    </message>
    <message>
      <source>roof pitch</source>
      <translation>mteremko wa paa</translation>
    </message>
    <message>
      <source>rotation</source>
      <translation>mzunguko wa pembe</translation>
    </message>
    <message>
      <source>savings balance</source>
      <translation>salio la akiba</translation>
    </message>
    <message>
      <source>sill height</source>
      <translation>kimo cha kingo ya dirisha</translation>
    </message>
    <message>
      <source>slab thickness</source>
      <translation>unene wa sakafu</translation>
    </message>
    <message>
      <source>storage</source>
      <translation>hifadhi</translation>
    </message>
    <message>
      <source>storey height</source>
      <translation>kimo cha ghorofa</translation>
    </message>
    <message>
      <source>subsidy cap</source>
      <translation>kikomo cha ruzuku</translation>
    </message>
    <message>
      <source>thickness</source>
      <translation>unene</translation>
    </message>
    <message>
      <source>wall thickness</source>
      <translation>unene wa ukuta</translation>
    </message>
    <message>
      <source>width</source>
      <translation>upana</translation>
    </message>
    <message>
      <source>willingness to pay</source>
      <translation>utayari wa kulipa</translation>
    </message>
    <message>
      <source>plot</source>
      <translation>kiwanja</translation>
    </message>
    <message>
      <source>hazard</source>
      <translation>eneo la hatari</translation>
    </message>
    <message>
      <source>path</source>
      <translation>njia</translation>
    </message>
    <message>
      <source>building</source>
      <translation>jengo</translation>
    </message>
    <message>
      <source>core_house</source>
      <translation>nyumba ya msingi</translation>
    </message>
    <message>
      <source>drain</source>
      <translation>mfereji</translation>
    </message>
    <message>
      <source>sewer</source>
      <translation>bomba la maji taka</translation>
    </message>
    <message>
      <source>water_main</source>
      <translation>bomba kuu la maji</translation>
    </message>
    <message>
      <source>water_point</source>
      <translation>kituo cha maji</translation>
    </message>
    <message>
      <source>toilet</source>
      <translation>choo</translation>
    </message>
    <message>
      <source>manhole</source>
      <translation>shimo la ukaguzi</translation>
    </message>
    <message>
      <source>street_light</source>
      <translation>taa ya barabarani</translation>
    </message>
    <message>
      <source>supply_point</source>
      <translation>kituo cha usambazaji</translation>
    </message>
    <message>
      <source>spot_level</source>
      <translation>kiwango cha ardhi</translation>
    </message>
  </context>
  <context>
    <name>fields</name>
    <message>
      <source>Source tags</source>
      <translation>Sifa za chanzo</translation>
    </message>
    <message>
      <source>Users per day</source>
      <translation>Watumiaji kwa siku</translation>
    </message>
    <message>
      <source>Operational status</source>
      <translation>Hali ya kufanya kazi</translation>
    </message>
    <message>
      <source>Access</source>
      <translation>Ufikiaji</translation>
    </message>
    <message>
      <source>Accessible for disabled people</source>
      <translation>Inafikika kwa watu wenye ulemavu</translation>
    </message>
    <message>
      <source>Balance</source>
      <translation>Salio</translation>
    </message>
    <message>
      <source>Ballots</source>
      <translation>Kura</translation>
    </message>
    <message>
      <source>Budget limit</source>
      <translation>Kikomo cha bajeti</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Kundi</translation>
    </message>
    <message>
      <source>Children</source>
      <translation>Watoto</translation>
    </message>
    <message>
      <source>Colour</source>
      <translation>Rangi</translation>
    </message>
    <message>
      <source>Columns</source>
      <translation>Safu wima</translation>
    </message>
    <message>
      <source>Community labour share</source>
      <translation>Sehemu ya kazi ya jamii</translation>
    </message>
    <message>
      <source>Cost library</source>
      <translation>Maktaba ya gharama</translation>
    </message>
    <message>
      <source>Cost region</source>
      <translation>Eneo la gharama</translation>
    </message>
    <message>
      <source>Coordinate system (EPSG)</source>
      <translation>Mfumo wa kuratibu (EPSG)</translation>
    </message>
    <message>
      <source>Currency</source>
      <translation>Sarafu</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Tarehe</translation>
    </message>
    <message>
      <source>Depth</source>
      <translation>Kina</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Maelezo</translation>
    </message>
    <message>
      <source>Diameter</source>
      <translation>Kipenyo</translation>
    </message>
    <message>
      <source>Person with a disability</source>
      <translation>Mtu mwenye ulemavu</translation>
    </message>
    <message>
      <source>Drain type</source>
      <translation>Aina ya mfereji</translation>
    </message>
    <message>
      <source>Emptying cost per year</source>
      <translation>Gharama ya kumwaga kwa mwaka</translation>
    </message>
    <message>
      <source>Excreta safely emptied or treated</source>
      <translation>Kinyesi kinamwagwa au kutibiwa kwa usalama</translation>
    </message>
    <message>
      <source>Extra rooms</source>
      <translation>Vyumba vya ziada</translation>
    </message>
    <message>
      <source>Fittings</source>
      <translation>Vifaa</translation>
    </message>
    <message>
      <source>Floor</source>
      <translation>Sakafu</translation>
    </message>
    <message>
      <source>Floor material</source>
      <translation>Aina ya sakafu</translation>
    </message>
    <message>
      <source>Flow</source>
      <translation>Mtiririko</translation>
    </message>
    <message>
      <source>Funding</source>
      <translation>Ufadhili</translation>
    </message>
    <message>
      <source>Grid</source>
      <translation>Gridi</translation>
    </message>
    <message>
      <source>Handwashing</source>
      <translation>Kunawa mikono</translation>
    </message>
    <message>
      <source>Hazard</source>
      <translation>Hatari</translation>
    </message>
    <message>
      <source>Supply given as</source>
      <translation>Usambazaji umetolewa kama</translation>
    </message>
    <message>
      <source>Head above datum</source>
      <translation>Kimo juu ya usawa wa marejeo</translation>
    </message>
    <message>
      <source>Sex of household head</source>
      <translation>Jinsia ya mkuu wa kaya</translation>
    </message>
    <message>
      <source>Height</source>
      <translation>Kimo</translation>
    </message>
    <message>
      <source>Height in pixels</source>
      <translation>Kimo kwa pikseli</translation>
    </message>
    <message>
      <source>House type</source>
      <translation>Aina ya nyumba</translation>
    </message>
    <message>
      <source>Improvement</source>
      <translation>Uboreshaji</translation>
    </message>
    <message>
      <source>Income band</source>
      <translation>Kundi la mapato</translation>
    </message>
    <message>
      <source>Income</source>
      <translation>Mapato</translation>
    </message>
    <message>
      <source>Labour share by bill</source>
      <translation>Sehemu ya kazi kwa kila sehemu</translation>
    </message>
    <message>
      <source>Lamp power</source>
      <translation>Nguvu ya taa</translation>
    </message>
    <message>
      <source>Land use</source>
      <translation>Matumizi ya ardhi</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Lugha</translation>
    </message>
    <message>
      <source>Ground level</source>
      <translation>Mwinuko wa ardhi</translation>
    </message>
    <message>
      <source>Lined</source>
      <translation>Imejengewa</translation>
    </message>
    <message>
      <source>Lit at night</source>
      <translation>Ina mwanga usiku</translation>
    </message>
    <message>
      <source>Local materials</source>
      <translation>Vifaa vya ndani</translation>
    </message>
    <message>
      <source>Managed by</source>
      <translation>Inasimamiwa na</translation>
    </message>
    <message>
      <source>Material</source>
      <translation>Malighafi</translation>
    </message>
    <message>
      <source>Maximum GPS error</source>
      <translation>Kosa kubwa zaidi la GPS</translation>
    </message>
    <message>
      <source>Women members</source>
      <translation>Wanachama wanawake</translation>
    </message>
    <message>
      <source>Men members</source>
      <translation>Wanachama wanaume</translation>
    </message>
    <message>
      <source>Monthly savings</source>
      <translation>Akiba ya kila mwezi</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Jina</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Kumbukumbu</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Maelezo</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>Namba</translation>
    </message>
    <message>
      <source>Opacity</source>
      <translation>Uzito wa rangi</translation>
    </message>
    <message>
      <source>Opening hours</source>
      <translation>Saa za kufunguliwa</translation>
    </message>
    <message>
      <source>Openings</source>
      <translation>Nafasi za milango na madirisha</translation>
    </message>
    <message>
      <source>Origin east</source>
      <translation>Asili mashariki</translation>
    </message>
    <message>
      <source>Origin north</source>
      <translation>Asili kaskazini</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>Washiriki</translation>
    </message>
    <message>
      <source>Shared walls</source>
      <translation>Kuta za pamoja</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Faili</translation>
    </message>
    <message>
      <source>Path type</source>
      <translation>Aina ya njia</translation>
    </message>
    <message>
      <source>Persons per household</source>
      <translation>Watu kwa kila kaya</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Mahali</translation>
    </message>
    <message>
      <source>Plot depth</source>
      <translation>Kina cha kiwanja</translation>
    </message>
    <message>
      <source>Plot width</source>
      <translation>Upana wa kiwanja</translation>
    </message>
    <message>
      <source>Water point type</source>
      <translation>Aina ya kituo cha maji</translation>
    </message>
    <message>
      <source>Power source</source>
      <translation>Chanzo cha nishati</translation>
    </message>
    <message>
      <source>Pressure class</source>
      <translation>Daraja la shinikizo</translation>
    </message>
    <message>
      <source>Supply pressure</source>
      <translation>Shinikizo la usambazaji</translation>
    </message>
    <message>
      <source>Price date</source>
      <translation>Tarehe ya bei</translation>
    </message>
    <message>
      <source>Price</source>
      <translation>Bei</translation>
    </message>
    <message>
      <source>Programme</source>
      <translation>Mpango</translation>
    </message>
    <message>
      <source>Proposed by</source>
      <translation>Imependekezwa na</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Sababu</translation>
    </message>
    <message>
      <source>Reference 1 on the plan</source>
      <translation>Rejea 1 kwenye ramani</translation>
    </message>
    <message>
      <source>Reference 1 in the image</source>
      <translation>Rejea 1 kwenye picha</translation>
    </message>
    <message>
      <source>Reference 2 on the plan</source>
      <translation>Rejea 2 kwenye ramani</translation>
    </message>
    <message>
      <source>Reference 2 in the image</source>
      <translation>Rejea 2 kwenye picha</translation>
    </message>
    <message>
      <source>Roof</source>
      <translation>Paa</translation>
    </message>
    <message>
      <source>Roof material</source>
      <translation>Aina ya paa</translation>
    </message>
    <message>
      <source>Rooms</source>
      <translation>Vyumba</translation>
    </message>
    <message>
      <source>Rotation</source>
      <translation>Mzunguko</translation>
    </message>
    <message>
      <source>Savings</source>
      <translation>Akiba</translation>
    </message>
    <message>
      <source>Seats for women</source>
      <translation>Vyoo vya wanawake</translation>
    </message>
    <message>
      <source>Seats for men</source>
      <translation>Vyoo vya wanaume</translation>
    </message>
    <message>
      <source>Seats for all</source>
      <translation>Vyoo vya wote</translation>
    </message>
    <message>
      <source>Sewer type</source>
      <translation>Aina ya bomba la maji taka</translation>
    </message>
    <message>
      <source>Household size</source>
      <translation>Ukubwa wa kaya</translation>
    </message>
    <message>
      <source>Soap at the handwashing point</source>
      <translation>Sabuni mahali pa kunawa mikono</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Chanzo</translation>
    </message>
    <message>
      <source>Stages</source>
      <translation>Hatua</translation>
    </message>
    <message>
      <source>Stages built</source>
      <translation>Hatua zilizojengwa</translation>
    </message>
    <message>
      <source>Service standards</source>
      <translation>Viwango vya huduma</translation>
    </message>
    <message>
      <source>Storage</source>
      <translation>Hifadhi</translation>
    </message>
    <message>
      <source>Storey height</source>
      <translation>Kimo cha ghorofa</translation>
    </message>
    <message>
      <source>Storeys</source>
      <translation>Ghorofa</translation>
    </message>
    <message>
      <source>Who may use it</source>
      <translation>Nani anaweza kukitumia</translation>
    </message>
    <message>
      <source>Supply hours</source>
      <translation>Saa za usambazaji</translation>
    </message>
    <message>
      <source>Surface</source>
      <translation>Uso wa njia</translation>
    </message>
    <message>
      <source>Taps</source>
      <translation>Mabomba</translation>
    </message>
    <message>
      <source>Tenure</source>
      <translation>Umiliki</translation>
    </message>
    <message>
      <source>Contour lines (GIS file)</source>
      <translation>Mistari ya kontua (faili la GIS)</translation>
    </message>
    <message>
      <source>Terrain model (GeoTIFF)</source>
      <translation>Modeli wa ardhi (GeoTIFF)</translation>
    </message>
    <message>
      <source>Toilet type</source>
      <translation>Aina ya choo</translation>
    </message>
    <message>
      <source>Traffic</source>
      <translation>Msongamano wa magari</translation>
    </message>
    <message>
      <source>Unit labels</source>
      <translation>Alama za vipimo</translation>
    </message>
    <message>
      <source>Use</source>
      <translation>Matumizi</translation>
    </message>
    <message>
      <source>Values</source>
      <translation>Thamani</translation>
    </message>
    <message>
      <source>Visible</source>
      <translation>Inaonekana</translation>
    </message>
    <message>
      <source>Voting</source>
      <translation>Upigaji kura</translation>
    </message>
    <message>
      <source>Wall material</source>
      <translation>Aina ya kuta</translation>
    </message>
    <message>
      <source>Walls</source>
      <translation>Kuta</translation>
    </message>
    <message>
      <source>Width</source>
      <translation>Upana</translation>
    </message>
    <message>
      <source>Width in pixels</source>
      <translation>Upana kwa pikseli</translation>
    </message>
    <message>
      <source>Willing to pay</source>
      <translation>Tayari kulipa</translation>
    </message>
  </context>
  <context>
    <name>imagery</name>
    <message>
      <source>Images (*.tif *.tiff *.jp2 *.j2k *.vrt *.img *.png *.jpg *.jpeg)</source>
      <translation>Picha (*.tif *.tiff *.jp2 *.j2k *.vrt *.img *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
      <source>Checking %1…</source>
      <translation>Inakagua %1…</translation>
    </message>
    <message>
      <source>%1 has no overviews: panning and zooming will be slow. Build them now (%1.ovr beside it)?</source>
      <translation>%1 haina muhtasari wa picha: kusogeza na kukuza kutakuwa polepole. Zitengeneze sasa (%1.ovr kando yake)?</translation>
    </message>
    <message>
      <source>Build overviews?</source>
      <translation>Tengeneza muhtasari?</translation>
    </message>
    <message>
      <source>Building overviews of %1…</source>
      <translation>Inatengeneza muhtasari wa %1…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Ghairi</translation>
    </message>
    <message>
      <source>%1: overviews built</source>
      <translation>%1: muhtasari umetengenezwa</translation>
    </message>
    <message>
      <source>%1: building overviews cancelled; nothing was written</source>
      <translation>%1: kutengeneza muhtasari kumesitishwa; hakuna kilichoandikwa</translation>
    </message>
    <message>
      <source>Background image</source>
      <translation>Picha ya nyuma</translation>
    </message>
  </context>
  <context>
    <name>kinds</name>
    <message>
      <source>Plots</source>
      <translation>Viwanja</translation>
    </message>
    <message>
      <source>Hazard areas</source>
      <translation>Maeneo ya hatari</translation>
    </message>
    <message>
      <source>Paths and roads</source>
      <translation>Njia na barabara</translation>
    </message>
    <message>
      <source>Buildings</source>
      <translation>Majengo</translation>
    </message>
    <message>
      <source>New houses</source>
      <translation>Nyumba mpya</translation>
    </message>
    <message>
      <source>Drains</source>
      <translation>Mifereji</translation>
    </message>
    <message>
      <source>Sewers</source>
      <translation>Mabomba ya maji taka</translation>
    </message>
    <message>
      <source>Water mains</source>
      <translation>Mabomba makuu ya maji</translation>
    </message>
    <message>
      <source>Water points</source>
      <translation>Vituo vya maji</translation>
    </message>
    <message>
      <source>Toilets</source>
      <translation>Vyoo</translation>
    </message>
    <message>
      <source>Manholes</source>
      <translation>Mashimo ya ukaguzi</translation>
    </message>
    <message>
      <source>Street lights</source>
      <translation>Taa za barabarani</translation>
    </message>
    <message>
      <source>City water supply</source>
      <translation>Maji kutoka mtandao wa jiji</translation>
    </message>
    <message>
      <source>Ground levels</source>
      <translation>Miinuko ya ardhi</translation>
    </message>
    <message>
      <source>Demolitions</source>
      <translation>Ubomoaji</translation>
    </message>
    <message>
      <source>Relocations</source>
      <translation>Uhamishaji</translation>
    </message>
    <message>
      <source>House improvements</source>
      <translation>Maboresho ya nyumba</translation>
    </message>
    <message>
      <source>Option</source>
      <translation>Chaguo</translation>
    </message>
    <message>
      <source>Household</source>
      <translation>Kaya</translation>
    </message>
    <message>
      <source>Project</source>
      <translation>Mradi</translation>
    </message>
  </context>
  <context>
    <name>values</name>
    <message>
      <source>public</source>
      <translation>ya umma</translation>
    </message>
    <message>
      <source>private</source>
      <translation>binafsi</translation>
    </message>
    <message>
      <source>functional</source>
      <translation>inafanya kazi</translation>
    </message>
    <message>
      <source>customers only</source>
      <translation>wateja tu</translation>
    </message>
    <message>
      <source>broken</source>
      <translation>imeharibika</translation>
    </message>
    <message>
      <source>ablution block</source>
      <translation>jengo la vyoo na bafu</translation>
    </message>
    <message>
      <source>asphalt</source>
      <translation>lami</translation>
    </message>
    <message>
      <source>block</source>
      <translation>tofali la saruji</translation>
    </message>
    <message>
      <source>brick</source>
      <translation>tofali</translation>
    </message>
    <message>
      <source>budget</source>
      <translation>bajeti</translation>
    </message>
    <message>
      <source>busy</source>
      <translation>yenye magari mengi</translation>
    </message>
    <message>
      <source>cement</source>
      <translation>saruji</translation>
    </message>
    <message>
      <source>communal</source>
      <translation>ya jumuiya</translation>
    </message>
    <message>
      <source>concrete</source>
      <translation>zege</translation>
    </message>
    <message>
      <source>condominial</source>
      <translation>ya pamoja</translation>
    </message>
    <message>
      <source>conventional</source>
      <translation>ya kawaida</translation>
    </message>
    <message>
      <source>covered</source>
      <translation>imefunikwa</translation>
    </message>
    <message>
      <source>dumpsite</source>
      <translation>jalala</translation>
    </message>
    <message>
      <source>earth</source>
      <translation>udongo</translation>
    </message>
    <message>
      <source>ecosan</source>
      <translation>choo cha ekolojia</translation>
    </message>
    <message>
      <source>female</source>
      <translation>mwanamke</translation>
    </message>
    <message>
      <source>flood</source>
      <translation>mafuriko</translation>
    </message>
    <message>
      <source>flush to sewer</source>
      <translation>cha kuvuta maji kwenye bomba</translation>
    </message>
    <message>
      <source>footbridge</source>
      <translation>daraja la watembea kwa miguu</translation>
    </message>
    <message>
      <source>footpath</source>
      <translation>njia ya miguu</translation>
    </message>
    <message>
      <source>gravel</source>
      <translation>kokoto</translation>
    </message>
    <message>
      <source>grid</source>
      <translation>gridi ya umeme</translation>
    </message>
    <message>
      <source>hand pump</source>
      <translation>pampu ya mkono</translation>
    </message>
    <message>
      <source>head above datum</source>
      <translation>kimo juu ya usawa wa marejeo</translation>
    </message>
    <message>
      <source>household</source>
      <translation>ya kaya</translation>
    </message>
    <message>
      <source>improvement</source>
      <translation>uboreshaji</translation>
    </message>
    <message>
      <source>iron sheet</source>
      <translation>bati</translation>
    </message>
    <message>
      <source>kiosk</source>
      <translation>kioski</translation>
    </message>
    <message>
      <source>landslide</source>
      <translation>maporomoko ya ardhi</translation>
    </message>
    <message>
      <source>lane</source>
      <translation>kichochoro</translation>
    </message>
    <message>
      <source>light</source>
      <translation>yenye magari machache</translation>
    </message>
    <message>
      <source>male</source>
      <translation>mwanamume</translation>
    </message>
    <message>
      <source>mud</source>
      <translation>matope</translation>
    </message>
    <message>
      <source>murram</source>
      <translation>murramu</translation>
    </message>
    <message>
      <source>new</source>
      <translation>mpya</translation>
    </message>
    <message>
      <source>open</source>
      <translation>wazi</translation>
    </message>
    <message>
      <source>other</source>
      <translation>nyingine</translation>
    </message>
    <message>
      <source>owner</source>
      <translation>mmiliki</translation>
    </message>
    <message>
      <source>pavers</source>
      <translation>matofali ya sakafu</translation>
    </message>
    <message>
      <source>pedestrian</source>
      <translation>ya waenda kwa miguu</translation>
    </message>
    <message>
      <source>piped</source>
      <translation>ya bomba</translation>
    </message>
    <message>
      <source>pit latrine</source>
      <translation>choo cha shimo</translation>
    </message>
    <message>
      <source>plastic</source>
      <translation>plastiki</translation>
    </message>
    <message>
      <source>pour flush</source>
      <translation>cha kumwagia maji</translation>
    </message>
    <message>
      <source>power line</source>
      <translation>nyaya za umeme</translation>
    </message>
    <message>
      <source>pressure above ground</source>
      <translation>shinikizo juu ya ardhi</translation>
    </message>
    <message>
      <source>railway</source>
      <translation>reli</translation>
    </message>
    <message>
      <source>ranking</source>
      <translation>mpangilio</translation>
    </message>
    <message>
      <source>rent free</source>
      <translation>bila kodi</translation>
    </message>
    <message>
      <source>road</source>
      <translation>barabara</translation>
    </message>
    <message>
      <source>shared</source>
      <translation>ya kushirikiana</translation>
    </message>
    <message>
      <source>single choice</source>
      <translation>chaguo moja</translation>
    </message>
    <message>
      <source>solar</source>
      <translation>jua</translation>
    </message>
    <message>
      <source>standpipe</source>
      <translation>bomba la umma</translation>
    </message>
    <message>
      <source>stone</source>
      <translation>mawe</translation>
    </message>
    <message>
      <source>structure owner</source>
      <translation>mmiliki wa jengo</translation>
    </message>
    <message>
      <source>tank</source>
      <translation>tangi</translation>
    </message>
    <message>
      <source>tenant</source>
      <translation>mpangaji</translation>
    </message>
    <message>
      <source>thatch</source>
      <translation>nyasi</translation>
    </message>
    <message>
      <source>tile</source>
      <translation>vigae</translation>
    </message>
    <message>
      <source>timber</source>
      <translation>mbao</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>haijulikani</translation>
    </message>
    <message>
      <source>VIP latrine</source>
      <translation>choo cha VIP</translation>
    </message>
    <message>
      <source>well</source>
      <translation>kisima</translation>
    </message>
    <message>
      <source>yard tap</source>
      <translation>bomba la uani</translation>
    </message>
    <message>
      <source>zebra crossing</source>
      <translation>kivuko cha pundamilia</translation>
    </message>
  </context>
</TS>