"""An SQL dump of a vessel table: dump header, CREATE TABLE, then INSERT statements with quoted
values and NULLs (MySQL, PostgreSQL or SQLite flavour; English, Spanish or French columns)."""

from __future__ import annotations

import datetime as dt
import random

from oceanid_dev.demo.vessels import Vessel

from ._common import (
    Facts,
    fmt_date,
    invent_call_sign,
    phone,
    pick,
    some_date,
)
from ._page import PageDraft, paginate
from ._vocab import address, owner_name

LAYOUT = "sql_dump"

# field -> column name per language
_COLUMNS: dict[str, dict[str, str]] = {
    "en": {
        "id": "id",
        "name": "vessel_name",
        "imo": "imo_number",
        "mmsi": "mmsi",
        "ircs": "call_sign",
        "flag": "flag_code",
        "port": "port_of_registry",
        "gt": "gross_tonnage",
        "loa": "loa_m",
        "year": "year_built",
        "owner": "owner_name",
        "gear": "gear_type",
        "lic": "licence_no",
        "from": "licence_valid_from",
        "to": "licence_valid_to",
        "former": "former_name",
        "old_cs": "previous_call_sign",
        "rfmo": "wcpfc_vid",
        "upd": "updated_at",
        "company": "owner_id",
    },
    "es": {
        "id": "id_buque",
        "name": "nombre_buque",
        "imo": "num_omi",
        "mmsi": "mmsi",
        "ircs": "indicativo_llamada",
        "flag": "cod_bandera",
        "port": "puerto_base",
        "gt": "arqueo_gt",
        "loa": "eslora_total",
        "year": "anio_construccion",
        "owner": "armador",
        "gear": "arte_pesca",
        "lic": "num_licencia",
        "from": "licencia_desde",
        "to": "licencia_hasta",
        "former": "nombre_anterior",
        "old_cs": "indicativo_anterior",
        "rfmo": "cod_iccat",
        "upd": "fecha_modif",
        "company": "id_armador",
    },
    "fr": {
        "id": "id_navire",
        "name": "nom_navire",
        "imo": "numero_omi",
        "mmsi": "mmsi",
        "ircs": "indicatif_appel",
        "flag": "code_pavillon",
        "port": "port_attache",
        "gt": "jauge_brute",
        "loa": "longueur_ht",
        "year": "annee_construction",
        "owner": "armateur",
        "gear": "engin",
        "lic": "num_licence",
        "from": "licence_debut",
        "to": "licence_fin",
        "former": "ancien_nom",
        "old_cs": "ancien_indicatif",
        "rfmo": "num_iotc",
        "upd": "date_maj",
        "company": "id_armateur",
    },
}
_TYPES = {
    "id": "int NOT NULL",
    "name": "varchar(64) NOT NULL",
    "imo": "char(7) DEFAULT NULL",
    "mmsi": "char(9) DEFAULT NULL",
    "ircs": "varchar(8) DEFAULT NULL",
    "flag": "char(3) DEFAULT NULL",
    "port": "varchar(64) DEFAULT NULL",
    "gt": "decimal(10,2) DEFAULT NULL",
    "loa": "decimal(6,2) DEFAULT NULL",
    "year": "smallint DEFAULT NULL",
    "owner": "varchar(128) DEFAULT NULL",
    "gear": "varchar(32) DEFAULT NULL",
    "lic": "varchar(24) DEFAULT NULL",
    "from": "date DEFAULT NULL",
    "to": "date DEFAULT NULL",
    "former": "varchar(64) DEFAULT NULL",
    "old_cs": "varchar(8) DEFAULT NULL",
    "rfmo": "varchar(12) DEFAULT NULL",
    "upd": "datetime DEFAULT NULL",
    "company": "int DEFAULT NULL",
}
_PG_TYPES = {"int NOT NULL": "integer NOT NULL", "datetime DEFAULT NULL": "timestamp"}

_MYSQL_TAIL = (
    "/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;\n\n"
    "/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;\n"
    "/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;\n"
    "/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;\n"
    "/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;\n"
    "/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;\n"
    "/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;\n"
    "/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;\n"
)
_FILLERS = {
    "mysql": (
        "\n--\n-- Table structure for table `gear_lookup`\n--\n\n"
        "DROP TABLE IF EXISTS `gear_lookup`;\nCREATE TABLE `gear_lookup` (\n"
        "  `code` varchar(32) NOT NULL,\n  `isscfg` varchar(8) DEFAULT NULL,\n"
        "  `label` varchar(64) DEFAULT NULL,\n  PRIMARY KEY (`code`)\n"
        ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;\n",
        "\n--\n-- Table structure for table `licence_audit`\n--\n\n"
        "DROP TABLE IF EXISTS `licence_audit`;\nCREATE TABLE `licence_audit` (\n"
        "  `audit_id` bigint NOT NULL AUTO_INCREMENT,\n  `changed_by` varchar(32) NOT NULL,\n"
        "  `changed_at` datetime NOT NULL,\n  `action` enum('INSERT','UPDATE','DELETE'),\n"
        "  PRIMARY KEY (`audit_id`)\n"
        ") ENGINE=InnoDB AUTO_INCREMENT=88412 DEFAULT CHARSET=utf8mb4;\n",
        "\n/*!40101 SET character_set_client = @saved_cs_client */;\n"
        "/*!40000 ALTER TABLE `licence_audit` DISABLE KEYS */;\n"
        "/*!40000 ALTER TABLE `licence_audit` ENABLE KEYS */;\n",
        "\nLOCK TABLES `gear_lookup` WRITE;\nINSERT INTO `gear_lookup` VALUES "
        "('DRIFTING_LONGLINES','09.4','Drifting longlines'),('SQUID_JIGGER','09.3',"
        "'Mechanized lines and pole-and-lines'),('TRAWLERS','03.9','Trawls (nei)'),"
        "('TUNA_PURSE_SEINES','01.1','Purse seines');\nUNLOCK TABLES;\n",
    ),
    "postgres": (
        "\n--\n-- Name: gear_lookup; Type: TABLE; Schema: public; Owner: registry\n--\n\n"
        "CREATE TABLE public.gear_lookup (\n    code character varying(32) NOT NULL,\n"
        "    isscfg character varying(8),\n    label text\n);\n\n"
        "ALTER TABLE public.gear_lookup OWNER TO registry;\n",
        "\n--\n-- Name: vessel_id_seq; Type: SEQUENCE SET; Schema: public; Owner: registry\n--\n\n"
        "SELECT pg_catalog.setval('public.vessel_id_seq', 2231, true);\n",
        "\n--\n-- Name: licence_audit; Type: TABLE; Schema: public; Owner: registry\n--\n\n"
        "CREATE TABLE public.licence_audit (\n    audit_id bigint NOT NULL,\n"
        "    changed_by character varying(32) NOT NULL,\n"
        "    changed_at timestamp with time zone DEFAULT now(),\n    action text\n);\n",
        "\nALTER TABLE ONLY public.gear_lookup\n"
        "    ADD CONSTRAINT gear_lookup_pkey PRIMARY KEY (code);\n\n"
        "GRANT SELECT ON TABLE public.gear_lookup TO readonly;\n",
    ),
    "sqlite": (
        "CREATE TABLE gear_lookup(code TEXT PRIMARY KEY, isscfg TEXT, label TEXT);\n"
        "INSERT INTO gear_lookup VALUES('DRIFTING_LONGLINES','09.4','Drifting longlines');\n"
        "INSERT INTO gear_lookup VALUES('SQUID_JIGGER','09.3','Jigging lines');\n"
        "INSERT INTO gear_lookup VALUES('TRAWLERS','03.9','Trawls (nei)');\n",
        "CREATE TABLE audit_log(id INTEGER PRIMARY KEY, entity TEXT, action TEXT, at TEXT);\n"
        "DELETE FROM sqlite_sequence;\nINSERT INTO sqlite_sequence VALUES('audit_log',1187);\n",
        "CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT);\n"
        "INSERT INTO settings VALUES('schema_version','14');\n"
        "INSERT INTO settings VALUES('last_sync','2024-11-02T06:00:00Z');\n",
        "CREATE TABLE users(id INTEGER PRIMARY KEY, login TEXT UNIQUE, role TEXT);\n"
        "INSERT INTO users VALUES(1,'admin','admin');\n"
        "INSERT INTO users VALUES(2,'clerk01','edit');\n"
        "INSERT INTO users VALUES(3,'viewer','read');\n",
    ),
}


def _q(dialect: str, name: str) -> str:
    return f"`{name}`" if dialect == "mysql" else (f'"{name}"' if dialect == "sqlite" else name)


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    dialect = rng.choice(("mysql", "mysql", "postgres", "sqlite"))
    lang = rng.choice(("en", "en", "es", "fr"))
    cols = _COLUMNS[lang]
    table = {"en": "vessel", "es": "buque", "fr": "navire"}[lang]
    if dialect == "sqlite":
        table += "s"
    fields = ["id", "name", "imo", "mmsi", "ircs", "flag"]
    optional = ["port", "gt", "loa", "year", "owner", "gear", "lic", "former", "rfmo", "upd"]
    fields += [f for f in optional if rng.random() < 0.65]
    if "lic" in fields:
        fields.insert(fields.index("lic") + 1, "from")
        fields.insert(fields.index("from") + 1, "to")
    if "former" in fields and rng.random() < 0.5:
        fields.insert(fields.index("former") + 1, "old_cs")
    with_companies = "owner" not in fields and rng.random() < 0.7
    if with_companies:
        fields.append("company")
    count = rng.randint(3, 22)
    chosen = pick(vessels, rng, count)
    dump_day = some_date(rng, 2024, 2026)
    stamp = f"{dump_day.isoformat()} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:"
    stamp += f"{rng.randint(0, 59):02d}"
    host = f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    db = rng.choice(("fleet_registry", "registro_flota", "rfv_prod", "licensing_db"))
    qt = _q(dialect, table)
    base_id = rng.randint(100, 4800)

    # companies table (associates), printed before the vessels
    owner_ids: dict[str, int] = {}
    blocks: list[PageDraft] = []
    if with_companies:
        blocks.append(_company_create(dialect, lang))
        for f in chosen:
            key = owner_name(rng, f)
            if key not in owner_ids:
                owner_ids[key] = rng.randint(10, 990)
                blocks.append(_company_row(dialect, lang, owner_ids[key], key, f, rng))
            owner_ids[f.name + "\0vessel"] = owner_ids[key]
    blocks.append(_vessel_create(dialect, table, cols, fields, rng))
    lead = f"INSERT INTO {qt} VALUES"
    if dialect == "postgres" and rng.random() < 0.5:
        lead = f"INSERT INTO public.{table} ({', '.join(cols[f] for f in fields)}) VALUES"
    elif dialect == "postgres":
        lead = f"INSERT INTO public.{table} VALUES"
    row_id = base_id
    for f in chosen:
        row_id += rng.choice((1, 1, 1, 2, 3, 7))
        row = PageDraft()
        row.add(lead + (" (" if dialect != "sqlite" else "("))
        for j, field in enumerate(fields):
            if j:
                row.add(",")
            _value(row, field, f, rng, row_id, dump_day, owner_ids)
        row.add(");\n")
        blocks.append(row)

    title = {
        "mysql": (
            f"-- MySQL dump 10.13  Distrib 8.0.{rng.randint(28, 40)}, for Linux (x86_64)\n--\n"
            f"-- Host: {host}    Database: {db}\n"
            "-- ------------------------------------------------------\n"
            f"-- Server version\t8.0.{rng.randint(28, 40)}\n\n"
            "/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;\n"
            "/*!40101 SET NAMES utf8mb4 */;\n"
            "/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;\n/*!40103 SET TIME_ZONE='+00:00' */;\n"
        ),
        "postgres": (
            "--\n-- PostgreSQL database dump\n--\n\n"
            f"-- Dumped from database version 15.{rng.randint(2, 9)}\n"
            f"-- Dumped by pg_dump version 15.{rng.randint(2, 9)}\n\n"
            "SET statement_timeout = 0;\nSET client_encoding = 'UTF8';\n"
            "SET standard_conforming_strings = on;\n"
            "SELECT pg_catalog.set_config('search_path', '', false);\n"
        ),
        "sqlite": "PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\n",
    }[dialect]
    file_name = f"{db}_{dump_day:%Y%m%d}.sql"

    running_header = rng.random() < 0.5

    def head(number: int) -> PageDraft:
        page = PageDraft()
        if number > 1 or running_header:
            page.add(f"{file_name}{' ' * 40}page {number}\n\n")
        if number == 1:
            page.add(title)
        return page

    end_text = {
        "mysql": f"UNLOCK TABLES;\n{_MYSQL_TAIL}\n-- Dump completed on {stamp}\n",
        "postgres": "\n--\n-- PostgreSQL database dump complete\n--\n",
        "sqlite": "COMMIT;\n",
    }[dialect]

    def tail(number: int, last: bool) -> PageDraft:
        page = PageDraft()
        if last:
            page.add("\n" + end_text)
        return page

    return paginate(head, blocks, tail, _FILLERS[dialect], max_pages=3)


def _company_create(dialect: str, lang: str) -> PageDraft:
    names = {
        "en": (
            "company",
            "company_id",
            "company_name",
            "reg_no",
            "street",
            "city",
            "country",
            "phone",
        ),
        "es": (
            "armador",
            "id_armador",
            "razon_social",
            "nif",
            "domicilio",
            "localidad",
            "pais",
            "telefono",
        ),
        "fr": (
            "armateur",
            "id_armateur",
            "raison_sociale",
            "siren",
            "adresse",
            "ville",
            "pays",
            "telephone",
        ),
    }[lang]
    table, *columns = names
    page = PageDraft()
    if dialect == "mysql":
        page.add(f"\n--\n-- Table structure for table `{table}`\n--\n\n")
        page.add(f"DROP TABLE IF EXISTS `{table}`;\nCREATE TABLE `{table}` (\n")
        page.add(f"  `{columns[0]}` int NOT NULL,\n")
        page.add("".join(f"  `{c}` varchar(128) DEFAULT NULL,\n" for c in columns[1:]))
        page.add(f"  PRIMARY KEY (`{columns[0]}`)\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;\n\n")
        page.add(f"LOCK TABLES `{table}` WRITE;\n")
    elif dialect == "postgres":
        page.add(f"\nCREATE TABLE public.{table} (\n    {columns[0]} integer NOT NULL,\n")
        page.add(",\n".join(f"    {c} character varying(128)" for c in columns[1:]))
        page.add("\n);\n\n")
    else:
        page.add(f"CREATE TABLE {table}({columns[0]} INTEGER PRIMARY KEY, ")
        page.add(", ".join(f"{c} TEXT" for c in columns[1:]) + ");\n")
    page.spans.clear()
    return page


def _company_row(
    dialect: str, lang: str, cid: int, name: str, f: Facts, rng: random.Random
) -> PageDraft:
    table = {"en": "company", "es": "armador", "fr": "armateur"}[lang]
    where = address(rng, f)
    page = PageDraft()
    page.add(f"INSERT INTO {_q(dialect, table) if dialect != 'postgres' else 'public.' + table}")
    page.add(f" VALUES ({cid},'").put(name, "ASSOC_NAME").add("',")
    if rng.random() < 0.6:
        reg = f"{rng.choice(('91330', '91350', 'B', '0'))}{rng.randint(10**7, 10**8 - 1)}"
        page.add("'").put(reg, "REG_NO").add("',")
    else:
        page.add("NULL,")
    page.add("'").put(where.street, "ADDRESS").add("','").put(where.city, "CITY").add("','")
    page.put(where.country, "COUNTRY_CODE").add("',")
    if rng.random() < 0.7:
        page.add(f"'{phone(rng, rng.choice(('86', '886', '81', '34', '7')))}'")
    else:
        page.add("NULL")
    page.add(");\n")
    return page


def _vessel_create(
    dialect: str, table: str, cols: dict[str, str], fields: list[str], rng: random.Random
) -> PageDraft:
    page = PageDraft()
    if dialect == "mysql":
        page.add(f"\n--\n-- Table structure for table `{table}`\n--\n\n")
        page.add(f"DROP TABLE IF EXISTS `{table}`;\n")
        page.add("/*!40101 SET @saved_cs_client     = @@character_set_client */;\n")
        page.add(f"CREATE TABLE `{table}` (\n")
        for field in fields:
            extra = " AUTO_INCREMENT" if field == "id" else ""
            page.add(f"  `{cols[field]}` {_TYPES[field]}{extra},\n")
        page.add(
            f"  PRIMARY KEY (`{cols['id']}`),\n  KEY `idx_{cols['name']}` (`{cols['name']}`)\n"
        )
        page.add(f") ENGINE=InnoDB AUTO_INCREMENT={rng.randint(900, 9000)} ")
        page.add("DEFAULT CHARSET=utf8mb4;\n\n")
        page.add(f"--\n-- Dumping data for table `{table}`\n--\n\nLOCK TABLES `{table}` WRITE;\n")
    elif dialect == "postgres":
        page.add(f"\n--\n-- Name: {table}; Type: TABLE; Schema: public; Owner: registry\n--\n\n")
        page.add(f"CREATE TABLE public.{table} (\n")
        lines = []
        for field in fields:
            kind = _TYPES[field]
            kind = _PG_TYPES.get(kind, kind.replace(" DEFAULT NULL", ""))
            kind = kind.replace("varchar", "character varying").replace("decimal", "numeric")
            lines.append(f"    {cols[field]} {kind}")
        page.add(",\n".join(lines) + "\n);\n\n")
        page.add(f"--\n-- Data for Name: {table}; Type: TABLE DATA; Schema: public\n--\n\n")
    else:
        inner = ", ".join(
            f"{cols[f]} {'INTEGER PRIMARY KEY AUTOINCREMENT' if f == 'id' else 'TEXT'}"
            for f in fields
        )
        page.add(f'CREATE TABLE "{table}"({inner});\n')
    return page


def _value(
    row: PageDraft,
    field: str,
    f: Facts,
    rng: random.Random,
    row_id: int,
    day: dt.date,
    owner_ids: dict[str, int],
) -> None:
    def text(value: str | None, label: str | None) -> None:
        if value is None:
            row.add("NULL")
        else:
            row.add("'").put(value, label).add("'")

    def number(value: str | None, label: str | None, quoted: bool) -> None:
        if value is None:
            row.add("NULL")
        elif quoted:
            text(value, label)
        else:
            row.put(value, label)

    if field == "id":
        row.add(str(row_id))
    elif field == "name":
        text(f.name, "VESSEL_NAME")
    elif field == "imo":
        text(f.imo, "IMO")
    elif field == "mmsi":
        text(f.mmsi, "MMSI")
    elif field == "ircs":
        text(f.ircs, "IRCS")
    elif field == "flag":
        text(f.flag, "FLAG")
    elif field == "port":
        text(f.port, "HOME_PORT")
    elif field == "gt":
        number(f"{float(f.gt):.2f}" if f.gt else None, "METRIC_VALUE", rng.random() < 0.3)
    elif field == "loa":
        number(f"{float(f.loa):.2f}" if f.loa else None, "METRIC_VALUE", rng.random() < 0.3)
    elif field == "year":
        number(f.year, "BUILD_YEAR", False)
    elif field == "owner":
        text(f.owner, "ASSOC_NAME")
    elif field == "gear":
        text(f.gear, None)
    elif field == "lic":
        if rng.random() < 0.8:
            serial = rng.randint(1, 9999)
            text(f"{rng.choice(('LIC', 'DW', 'PL', 'AUT'))}-{day.year}-{serial:04d}", "LICENSE_NO")
        else:
            text(None, None)
    elif field in ("from", "to"):
        start = dt.date(day.year, rng.choice((1, 1, 4, 7)), 1)
        end = dt.date(start.year, 12, 31)
        chosen = start if field == "from" else end
        text(fmt_date(chosen, "iso"), "START_DATE" if field == "from" else "END_DATE")
    elif field == "former":
        text(f.former_name, "NAME_CHANGE")
    elif field == "old_cs":
        old = invent_call_sign(rng, f.flag) if f.former_name else None
        text(old, "ID_CHANGE")
    elif field == "rfmo":
        text(str(rng.randint(1000, 19999)) if rng.random() < 0.7 else None, "RFMO_ID")
    elif field == "upd":
        when = f"{fmt_date(day, 'iso')} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00"
        text(when, None)
    elif field == "company":
        row.add(str(owner_ids.get(f.name + "\0vessel", rng.randint(10, 990))))
