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
    <name>StockPanel</name>
    <message numerus="yes">
      <source>%n on hand</source>
      <translation>
        <numerusform>%n on hand</numerusform>
        <numerusform>%n on hand</numerusform>
      </translation>
    </message>
  </context>
</TS>
