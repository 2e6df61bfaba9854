<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>Om {app}</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versjon {version}</translation>
    </message>
    <message>
        <source>A contact register for the supplier development programme in Buskerud, Telemark and Vestfold: meetings, contacts, follow-ups and anchoring.</source>
        <translation>Et kontaktregister for leverandørutviklingsprosjektet i Buskerud, Telemark og Vestfold: møter, kontaktpersoner, oppfølgingspunkter og forankring.</translation>
    </message>
    <message>
        <source>Components and licences</source>
        <translation>Komponenter og lisenser</translation>
    </message>
    <message>
        <source>Font licence</source>
        <translation>Skriftlisens</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponent</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versjon</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lisens</translation>
    </message>
    <message>
        <source>public domain</source>
        <translation>fritt tilgjengelig (public domain)</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the GNU Lesser General Public License version 3 and ship as separate, replaceable libraries; their source code is available from https://code.qt.io. btvcrm itself is released under the MIT licence.</source>
        <translation>Qt og PySide6 brukes under GNU Lesser General Public License versjon 3 og følger med som separate, utskiftbare biblioteker; kildekoden er tilgjengelig fra https://code.qt.io. Selve btvcrm er utgitt under MIT-lisensen.</translation>
    </message>
    <message>
        <source>The DejaVu Sans font is embedded in the PDF documents the app writes.</source>
        <translation>Skrifttypen DejaVu Sans er innebygd i PDF-dokumentene programmet lager.</translation>
    </message>
    <message>
        <source>The licence file was not found: {path}</source>
        <translation>Fant ikke lisensfilen: {path}</translation>
    </message>
</context>
</TS>
