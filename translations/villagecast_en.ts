<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
  <context>
    <name>CardsTab</name>
    <message numerus="yes">
      <source>%n card(s)</source>
      <translation>
        <numerusform>%n card</numerusform>
        <numerusform>%n cards</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Imported %n card(s) from %1.</source>
      <translation>
        <numerusform>Imported %n card from %1.</numerusform>
        <numerusform>Imported %n cards from %1.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Saved %n card(s) to %1.</source>
      <translation>
        <numerusform>Saved %n card to %1.</numerusform>
        <numerusform>Saved %n cards to %1.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Delete %n rate card(s)?

Edit &gt; Undo brings them back.</source>
      <translation>
        <numerusform>Delete %n rate card?

Edit &gt; Undo brings them back.</numerusform>
        <numerusform>Delete %n rate cards?

Edit &gt; Undo brings them back.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Delete %n rate card(s)</source>
      <translation>
        <numerusform>Delete %n rate card</numerusform>
        <numerusform>Delete %n rate cards</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Deleted %n card(s).</source>
      <translation>
        <numerusform>Deleted %n card.</numerusform>
        <numerusform>Deleted %n cards.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Added %n example card(s) from %1.</source>
      <translation>
        <numerusform>Added %n example card from %1.</numerusform>
        <numerusform>Added %n example cards from %1.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ChecklistTab</name>
    <message numerus="yes">
      <source>Went on air anyway; %n unresolved problem(s) recorded.</source>
      <translation>
        <numerusform>Went on air anyway; %n unresolved problem recorded.</numerusform>
        <numerusform>Went on air anyway; %n unresolved problems recorded.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ExportActions</name>
    <message numerus="yes">
      <source>Writing %n product(s)…</source>
      <translation>
        <numerusform>Writing %n product…</numerusform>
        <numerusform>Writing %n products…</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Drawing %n page(s)…</source>
      <translation>
        <numerusform>Drawing %n page…</numerusform>
        <numerusform>Drawing %n pages…</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Saved the bundle with %n product(s)</source>
      <translation>
        <numerusform>Saved the bundle with %n product</numerusform>
        <numerusform>Saved the bundle with %n products</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>and %n attached file(s).</source>
      <translation>
        <numerusform>and %n attached file.</numerusform>
        <numerusform>and %n attached files.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Saved the spreadsheet with %n product(s).</source>
      <translation>
        <numerusform>Saved the spreadsheet with %n product.</numerusform>
        <numerusform>Saved the spreadsheet with %n products.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Saved the printable catalogue: %n page(s).</source>
      <translation>
        <numerusform>Saved the printable catalogue: %n page.</numerusform>
        <numerusform>Saved the printable catalogue: %n pages.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Stopped after %n card(s).</source>
      <translation>
        <numerusform>Stopped after %n card.</numerusform>
        <numerusform>Stopped after %n cards.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Saved %n product card(s).</source>
      <translation>
        <numerusform>Saved %n product card.</numerusform>
        <numerusform>Saved %n product cards.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ExportOptionsDialog</name>
    <message numerus="yes">
      <source>All products (%n)</source>
      <translation>
        <numerusform>All products (%n)</numerusform>
        <numerusform>All products (%n)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>FindingsView</name>
    <message numerus="yes">
      <source>%n must change</source>
      <translation>
        <numerusform>%n must change</numerusform>
        <numerusform>%n must change</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n to check</source>
      <translation>
        <numerusform>%n to check</numerusform>
        <numerusform>%n to check</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>GateDialog</name>
    <message numerus="yes">
      <source>Must-change wording: %n</source>
      <translation>
        <numerusform>Must-change wording: %n</numerusform>
        <numerusform>Must-change wording: %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>“Before” checklist items not ticked: %n</source>
      <translation>
        <numerusform>“Before” checklist items not ticked: %n</numerusform>
        <numerusform>“Before” checklist items not ticked: %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n problem(s) unresolved. Going on air anyway records them with this session.</source>
      <translation>
        <numerusform>%n problem unresolved. Going on air anyway records them with this session.</numerusform>
        <numerusform>%n problems unresolved. Going on air anyway records them with this session.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n problem(s) are unresolved. They will be recorded with this session as gone on air anyway. Go on air?</source>
      <translation>
        <numerusform>%n problem are unresolved. They will be recorded with this session as gone on air anyway. Go on air?</numerusform>
        <numerusform>%n problems are unresolved. They will be recorded with this session as gone on air anyway. Go on air?</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ImportFlow</name>
    <message numerus="yes">
      <source>%n product(s) added</source>
      <translation>
        <numerusform>%n product added</numerusform>
        <numerusform>%n products added</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n product(s) replaced by theirs</source>
      <translation>
        <numerusform>%n product replaced by theirs</numerusform>
        <numerusform>%n products replaced by theirs</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n product(s) kept as yours</source>
      <translation>
        <numerusform>%n product kept as yours</numerusform>
        <numerusform>%n products kept as yours</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ImportPreviewDialog</name>
    <message numerus="yes">
      <source>%n new</source>
      <translation>
        <numerusform>%n new</numerusform>
        <numerusform>%n new</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n changed</source>
      <translation>
        <numerusform>%n changed</numerusform>
        <numerusform>%n changed</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n unchanged</source>
      <translation>
        <numerusform>%n unchanged</numerusform>
        <numerusform>%n unchanged</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n product(s) in the file:</source>
      <translation>
        <numerusform>%n product in the file:</numerusform>
        <numerusform>%n products in the file:</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message numerus="yes">
      <source>%1 of %n product(s) match</source>
      <translation>
        <numerusform>%1 of %n product match</numerusform>
        <numerusform>%1 of %n products match</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n product(s)</source>
      <translation>
        <numerusform>%n product</numerusform>
        <numerusform>%n products</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PackActions</name>
    <message numerus="yes">
      <source>The rule pack in “%1” was refused; nothing was changed. %n reason(s):</source>
      <translation>
        <numerusform>The rule pack in “%1” was refused; nothing was changed. %n reason:</numerusform>
        <numerusform>The rule pack in “%1” was refused; nothing was changed. %n reasons:</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>… and %n more (see Details).</source>
      <translation>
        <numerusform>… and %n more (see Details).</numerusform>
        <numerusform>… and %n more (see Details).</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PhotosPanel</name>
    <message numerus="yes">
      <source>Add %n photo(s)</source>
      <translation>
        <numerusform>Add %n photo</numerusform>
        <numerusform>Add %n photos</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>These files were not added:</source>
      <translation>
        <numerusform>This file was not added:</numerusform>
        <numerusform>These files were not added:</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>RemindersBar</name>
    <message numerus="yes">
      <source>Reminder: %1 (every %n min)</source>
      <translation>
        <numerusform>Reminder: %1 (every %n min)</numerusform>
        <numerusform>Reminder: %1 (every %n min)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Say it on air, then press Done: the next reminder comes %n minute(s) later</source>
      <translation>
        <numerusform>Say it on air, then press Done: the next reminder comes %n minute later</numerusform>
        <numerusform>Say it on air, then press Done: the next reminder comes %n minutes later</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n more reminder(s) due: see the Checklist tab</source>
      <translation>
        <numerusform>%n more reminder due: see the Checklist tab</numerusform>
        <numerusform>%n more reminders due: see the Checklist tab</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ReportExport</name>
    <message numerus="yes">
      <source>Report saved: %1 (%n page(s)).</source>
      <translation>
        <numerusform>Report saved: %1 (%n page).</numerusform>
        <numerusform>Report saved: %1 (%n pages).</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ReportView</name>
    <message numerus="yes">
      <source>Went on air with the pre-broadcast check not clear (%n problem(s) recorded).</source>
      <translation>
        <numerusform>Went on air with the pre-broadcast check not clear (%n problem recorded).</numerusform>
        <numerusform>Went on air with the pre-broadcast check not clear (%n problems recorded).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Total: %n unit(s)</source>
      <translation>
        <numerusform>Total: %n unit</numerusform>
        <numerusform>Total: %n units</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n sale(s)</source>
      <translation>
        <numerusform>%n sale</numerusform>
        <numerusform>%n sales</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n unit(s) were sold while the product had no live price; they are not in the revenue.</source>
      <translation>
        <numerusform>%n unit were sold while the product had no live price; they are not in the revenue.</numerusform>
        <numerusform>%n units were sold while the product had no live price; they are not in the revenue.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SalesPanel</name>
    <message numerus="yes">
      <source>%1: %n on hand</source>
      <translation>
        <numerusform>%1: %n on hand</numerusform>
        <numerusform>%1: %n on hand</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ScriptPanel</name>
    <message numerus="yes">
      <source>%n must-change wording(s): hover the red marks for why.</source>
      <translation>
        <numerusform>%n must-change wording: hover the red marks for why.</numerusform>
        <numerusform>%n must-change wordings: hover the red marks for why.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SegmentModel</name>
    <message numerus="yes">
      <source>%n must change</source>
      <translation>
        <numerusform>%n must change</numerusform>
        <numerusform>%n must change</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n to check</source>
      <translation>
        <numerusform>%n to check</numerusform>
        <numerusform>%n to check</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>and %n more</source>
      <translation>
        <numerusform>and %n more</numerusform>
        <numerusform>and %n more</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>StockPanel</name>
    <message numerus="yes">
      <source>%n on hand</source>
      <translation>
        <numerusform>%n on hand</numerusform>
        <numerusform>%n on hand</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CataloguePdf</name>
    <message numerus="yes">
      <source>%n product(s)</source>
      <translation>
        <numerusform>%n product</numerusform>
        <numerusform>%n products</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>EvidenceParts</name>
    <message numerus="yes">
      <source>%n review line(s)</source>
      <translation>
        <numerusform>%n review line</numerusform>
        <numerusform>%n review lines</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n talking point(s)</source>
      <translation>
        <numerusform>%n talking point</numerusform>
        <numerusform>%n talking points</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Expires in %n day(s)</source>
      <translation>
        <numerusform>Expires in %n day</numerusform>
        <numerusform>Expires in %n days</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>LiveController</name>
    <message numerus="yes">
      <source>Sell %n unit(s)</source>
      <translation>
        <numerusform>Sell %n unit</numerusform>
        <numerusform>Sell %n units</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>LiveResume</name>
    <message numerus="yes">
      <source>%n unit(s) sold so far.</source>
      <translation>
        <numerusform>%n unit sold so far.</numerusform>
        <numerusform>%n units sold so far.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ProductDetail</name>
    <message numerus="yes">
      <source>%n day(s)</source>
      <translation>
        <numerusform>%n day</numerusform>
        <numerusform>%n days</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n photo(s)</source>
      <translation>
        <numerusform>%n photo</numerusform>
        <numerusform>%n photos</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Expires in %n day(s)</source>
      <translation>
        <numerusform>Expires in %n day</numerusform>
        <numerusform>Expires in %n days</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ProductListModel</name>
    <message numerus="yes">
      <source>%n talking point(s) without evidence: do not say them.</source>
      <translation>
        <numerusform>%n talking point without evidence: do not say it.</numerusform>
        <numerusform>%n talking points without evidence: do not say them.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n unsupported</source>
      <translation>
        <numerusform>%n unsupported</numerusform>
        <numerusform>%n unsupported</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SheetSummary</name>
    <message numerus="yes">
      <source>%n must-change finding(s)</source>
      <translation>
        <numerusform>%n must-change finding</numerusform>
        <numerusform>%n must-change findings</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n not approved</source>
      <translation>
        <numerusform>%n not approved</numerusform>
        <numerusform>%n not approved</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n product(s) missing</source>
      <translation>
        <numerusform>%n product missing</numerusform>
        <numerusform>%n products missing</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>&amp;Run sheet — %n segment(s)</source>
      <translation>
        <numerusform>&amp;Run sheet — %n segment</numerusform>
        <numerusform>&amp;Run sheet — %n segments</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Re-feature &amp;queue (返场) — %n segment(s)</source>
      <translation>
        <numerusform>Re-feature &amp;queue (返场) — %n segment</numerusform>
        <numerusform>Re-feature &amp;queue (返场) — %n segments</numerusform>
      </translation>
    </message>
  </context>
</TS>
