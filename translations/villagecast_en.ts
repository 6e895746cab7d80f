<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
