"""Round 12 (docs/preannotation.md): records as database dumps (CREATE TABLE, then INSERT rows
that may go on over the next page) and as TOML or INI configuration exports; inline arrays in
YAML; a home port written with its province."""

from __future__ import annotations

from oceanid_assets.preannotate.rules import extract_document
from tests.rule_pages import labelled

CREATED = (
    """\
-- MySQL dump 10.13
DROP TABLE IF EXISTS `vessel`;
CREATE TABLE `vessel` (
  `id` int NOT NULL AUTO_INCREMENT,
  `vessel_name` varchar(64) NOT NULL,
  `mmsi` char(9) DEFAULT NULL,
  `call_sign` varchar(8) DEFAULT NULL,
  `flag_code` char(3) DEFAULT NULL,
  `gross_tonnage` decimal(8,2) DEFAULT NULL,
  `licence_no` varchar(24) DEFAULT NULL,
  `licence_valid_to` date DEFAULT NULL,
  `owner_id` int DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;
LOCK TABLES `vessel` WRITE;
"""
    "INSERT INTO `vessel` VALUES (4308,'DA WEN','576737000','YJSG7','VUT',NULL,"
    "'AUT-2026-3427','2026-12-31',284);\n"
)
CONTINUED = (
    "INSERT INTO `vessel` VALUES (4311,'LUPENGYUANYU027','412329654','BZSD5','CHN',1101.00,"
    "'DW-2026-0856','2026-12-31',398);\nUNLOCK TABLES;\n"
)


def test_a_dump_whose_rows_go_on_over_the_next_page() -> None:
    first, second = extract_document([CREATED, CONTINUED])
    found = {(s.label, s.text) for s in first}
    assert {
        ("VESSEL_NAME", "DA WEN"),
        ("MMSI", "576737000"),
        ("IRCS", "YJSG7"),
        ("FLAG", "VUT"),
        ("LICENSE_NO", "AUT-2026-3427"),
        ("END_DATE", "2026-12-31"),
    } <= found
    assert not any(text in ("284", "4308", "NOT NULL") for _, text in found)  # row keys
    assert {
        ("VESSEL_NAME", "LUPENGYUANYU027"),
        ("MMSI", "412329654"),
        ("FLAG", "CHN"),
        ("METRIC_VALUE", "1101.00"),
    } <= {(s.label, s.text) for s in second}
    # Read alone, the second page's rows have no columns to be read by.
    assert not any(s.label == "VESSEL_NAME" for s in extract_document([CONTINUED])[0])


def test_a_one_line_create_table_is_no_text_to_read() -> None:
    page = (
        'CREATE TABLE "buques"(id_buque INTEGER PRIMARY KEY AUTOINCREMENT, nombre_buque TEXT, '
        "mmsi TEXT, indicativo_llamada TEXT, cod_bandera TEXT, puerto_base TEXT);\n"
        "INSERT INTO \"buques\" VALUES(3664,'ZHOU YU 9','412420935','BZV4Q','CHN',"
        "'ZHOUSHAN, ZHEJIANG');\n"
    )
    found = labelled(page)
    assert {
        ("VESSEL_NAME", "ZHOU YU 9"),
        ("IRCS", "BZV4Q"),
        ("HOME_PORT", "ZHOUSHAN, ZHEJIANG"),
    } <= found
    assert not any(text == "TEXT" for _, text in found)


def test_a_toml_export_with_dotted_keys_and_arrays() -> None:
    page = """\
[meta]
schema = "vessel/3.9"
record_count = 5

[[vessel]]
name = "SHUN ZE 805"
flag = "CHN"
[vessel.identifiers]
mmsi = 412549176
call_sign = "BZ4V0"
[vessel.history]
previous_flags = ["CMR", "TGO"]
[[vessel.authorizations]]
rfmo = "IATTC"
species = ["SKJ", "YFT"]
armador.rol = operador
"""
    found = labelled(page)
    assert {
        ("VESSEL_NAME", "SHUN ZE 805"),
        ("MMSI", "412549176"),
        ("IRCS", "BZ4V0"),
        ("FLAG_CHANGE", "CMR"),
        ("FLAG_CHANGE", "TGO"),
        ("SPECIES_NAME", "SKJ"),
        ("SPECIES_NAME", "YFT"),
        ("ASSOC_ROLE", "operador"),
    } <= found
    assert not any("[" in text or text == "5" for _, text in found)


def test_inline_arrays_in_yaml() -> None:
    page = """\
vessels:
  - name: CHINLONGFA
    flag: TWN
    port_of_registry: KAOHSIUNG
    identifiers:
      mmsi: 416001833
      call_sign: BJ4744
      national_reg_no: CT4-5194
    history:
      previous_flags: ["VUT", TGO]
    authorizations:
      - rfmo: ICCAT
        species: [BSH, SWO]
"""
    found = labelled(page)
    assert {
        ("FLAG_CHANGE", "VUT"),
        ("FLAG_CHANGE", "TGO"),
        ("SPECIES_NAME", "BSH"),
        ("SPECIES_NAME", "SWO"),
    } <= found
