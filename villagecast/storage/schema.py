"""The schema, as ordered steps. Once shipped, a step is never edited: add a new one.

Each step takes an object with ``execute`` (a sqlite-utils or storage ``Database``). The steps are
registered with sqlite-utils' ``Migrations`` in ``migrations.py``; keeping them here lets start-up
know the schema version without importing sqlite-utils.
"""

from __future__ import annotations


def m0001_initial(db) -> None:
    _run_script(db, """
        CREATE TABLE products (
            id INTEGER PRIMARY KEY,
            sku TEXT NOT NULL UNIQUE,
            name_zh TEXT NOT NULL,
            name_en TEXT NOT NULL DEFAULT '',
            category TEXT NOT NULL DEFAULT 'other',
            net_weight_g INTEGER CHECK (net_weight_g >= 0),
            units_per_pack INTEGER NOT NULL DEFAULT 1 CHECK (units_per_pack >= 1),
            length_cm REAL CHECK (length_cm >= 0),
            width_cm REAL CHECK (width_cm >= 0),
            height_cm REAL CHECK (height_cm >= 0),
            gross_weight_g INTEGER CHECK (gross_weight_g >= 0),
            list_price_fen INTEGER CHECK (list_price_fen >= 0),
            live_price_fen INTEGER CHECK (live_price_fen >= 0),
            floor_price_fen INTEGER CHECK (floor_price_fen >= 0),
            cost_fen INTEGER CHECK (cost_fen >= 0),
            shelf_life_days INTEGER CHECK (shelf_life_days >= 0),
            storage TEXT NOT NULL DEFAULT 'ambient' CHECK (storage IN ('ambient', 'chilled', 'frozen')),
            perishable INTEGER NOT NULL DEFAULT 0,
            origin_province TEXT NOT NULL DEFAULT '',
            origin_county TEXT NOT NULL DEFAULT '',
            origin_town TEXT NOT NULL DEFAULT '',
            origin_village TEXT NOT NULL DEFAULT '',
            producer TEXT NOT NULL DEFAULT '',
            harvest_date TEXT,
            supplier TEXT NOT NULL DEFAULT '',
            after_sales TEXT NOT NULL DEFAULT '',
            low_stock_threshold INTEGER NOT NULL DEFAULT 10 CHECK (low_stock_threshold >= 0),
            nutrition_basis TEXT NOT NULL DEFAULT '100g',
            search_pinyin TEXT NOT NULL DEFAULT '',
            search_initials TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE certificates (
            id INTEGER PRIMARY KEY,
            product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            number TEXT NOT NULL,
            issuer TEXT NOT NULL DEFAULT '',
            valid_from TEXT,
            valid_to TEXT,
            file_path TEXT NOT NULL DEFAULT '',
            UNIQUE (product_id, number)
        );
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
            title TEXT NOT NULL,
            file_path TEXT NOT NULL DEFAULT '',
            UNIQUE (product_id, title)
        );
        CREATE TABLE talking_points (
            id INTEGER PRIMARY KEY,
            product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            kind TEXT NOT NULL,
            text TEXT NOT NULL
        );
        CREATE INDEX talking_points_product ON talking_points(product_id, position);
        CREATE TABLE talking_point_evidence (
            id INTEGER PRIMARY KEY,
            point_id INTEGER NOT NULL REFERENCES talking_points(id) ON DELETE CASCADE,
            certificate_id INTEGER REFERENCES certificates(id) ON DELETE CASCADE,
            document_id INTEGER REFERENCES documents(id) ON DELETE CASCADE,
            CHECK ((certificate_id IS NULL) <> (document_id IS NULL))
        );
        CREATE TABLE nutrition (
            product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
            nutrient TEXT NOT NULL,
            amount REAL NOT NULL CHECK (amount >= 0),
            PRIMARY KEY (product_id, nutrient)
        );
        CREATE TABLE stock_moves (
            id INTEGER PRIMARY KEY,
            product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('receive', 'sell', 'return', 'damage', 'adjust')),
            quantity INTEGER NOT NULL,
            reason TEXT NOT NULL DEFAULT '',
            at TEXT NOT NULL,
            session_id TEXT
        );
        CREATE INDEX stock_moves_product ON stock_moves(product_id, at);
        CREATE TABLE price_history (
            id INTEGER PRIMARY KEY,
            product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('list', 'live', 'floor', 'cost')),
            price_fen INTEGER CHECK (price_fen >= 0),
            at TEXT NOT NULL
        );
        CREATE INDEX price_history_product ON price_history(product_id, kind, at);
        """)


def m0002_meta(db) -> None:
    _run_script(db, """
        CREATE TABLE meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        )
        """)


def m0003_workspace(db) -> None:
    """Photos, the selection audit ledger, original names of attached files, the stored review status."""
    _run_script(db, """
        ALTER TABLE certificates ADD COLUMN file_name TEXT NOT NULL DEFAULT '';
        ALTER TABLE documents ADD COLUMN file_name TEXT NOT NULL DEFAULT '';
        ALTER TABLE products ADD COLUMN review_status TEXT NOT NULL DEFAULT 'not_approved';
        CREATE TABLE photos (
            id INTEGER PRIMARY KEY,
            product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            file TEXT NOT NULL,
            thumb TEXT NOT NULL,
            width INTEGER NOT NULL CHECK (width > 0),
            height INTEGER NOT NULL CHECK (height > 0),
            source_name TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX photos_product ON photos(product_id, position);
        CREATE TABLE audit_entries (
            id INTEGER PRIMARY KEY,
            product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            step TEXT NOT NULL,
            reviewer TEXT NOT NULL,
            date TEXT NOT NULL,
            result TEXT NOT NULL CHECK (result IN ('passed', 'failed')),
            note TEXT NOT NULL DEFAULT '',
            points_digest TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX audit_entries_product ON audit_entries(product_id, position);
        CREATE TABLE audit_evidence (
            id INTEGER PRIMARY KEY,
            entry_id INTEGER NOT NULL REFERENCES audit_entries(id) ON DELETE CASCADE,
            certificate_id INTEGER REFERENCES certificates(id) ON DELETE CASCADE,
            document_id INTEGER REFERENCES documents(id) ON DELETE CASCADE,
            CHECK ((certificate_id IS NULL) <> (document_id IS NULL))
        );
        CREATE INDEX talking_point_evidence_point ON talking_point_evidence(point_id);
        CREATE INDEX audit_evidence_entry ON audit_evidence(entry_id);
        CREATE INDEX certificates_product ON certificates(product_id);
        CREATE INDEX documents_product ON documents(product_id)
        """)


def m0004_shop_links(db) -> None:
    """A product's listings on the selling platforms (the links its QR codes encode)."""
    _run_script(db, """
        CREATE TABLE shop_links (
            id INTEGER PRIMARY KEY,
            product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            platform TEXT NOT NULL,
            url TEXT NOT NULL
        );
        CREATE INDEX shop_links_product ON shop_links(product_id, position)
        """)


def m0005_shipping(db) -> None:
    """Rate cards (zones, weight bands, surcharges), packaging presets and platform fee profiles.

    Percentages and centimetres are kept as decimal text so they come back exactly as typed.
    """
    _run_script(db, """
        CREATE TABLE rate_cards (
            id INTEGER PRIMARY KEY,
            carrier TEXT NOT NULL,
            service TEXT NOT NULL DEFAULT '',
            origin TEXT NOT NULL,
            valid_from TEXT NOT NULL DEFAULT '',
            pricing_model TEXT NOT NULL,
            first_g INTEGER NOT NULL CHECK (first_g > 0),
            step_g INTEGER NOT NULL CHECK (step_g > 0),
            rounding TEXT NOT NULL,
            divisor INTEGER CHECK (divisor > 0),
            max_parcel_g INTEGER CHECK (max_parcel_g > 0),
            insurance_pct TEXT,
            insurance_min_fen INTEGER CHECK (insurance_min_fen >= 0),
            example INTEGER NOT NULL DEFAULT 0,
            note TEXT NOT NULL DEFAULT '',
            UNIQUE (carrier, service, origin, valid_from)
        );
        CREATE TABLE rate_zones (
            id INTEGER PRIMARY KEY,
            card_id INTEGER NOT NULL REFERENCES rate_cards(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            provinces TEXT NOT NULL,
            transit_days INTEGER
        );
        CREATE INDEX rate_zones_card ON rate_zones(card_id, position);
        CREATE TABLE rate_bands (
            id INTEGER PRIMARY KEY,
            zone_id INTEGER NOT NULL REFERENCES rate_zones(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            min_g INTEGER NOT NULL CHECK (min_g >= 0),
            max_g INTEGER,
            first_price INTEGER, additional_price INTEGER, waybill_fee INTEGER, per_kg_price INTEGER,
            flat_price INTEGER, min_charge INTEGER
        );
        CREATE INDEX rate_bands_zone ON rate_bands(zone_id, position);
        CREATE TABLE rate_surcharges (
            id INTEGER PRIMARY KEY,
            card_id INTEGER NOT NULL REFERENCES rate_cards(id) ON DELETE CASCADE,
            zone_id INTEGER REFERENCES rate_zones(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            kind TEXT NOT NULL,
            amount TEXT NOT NULL,
            paid_by TEXT NOT NULL
        );
        CREATE INDEX rate_surcharges_card ON rate_surcharges(card_id);
        CREATE TABLE packaging_presets (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            length_cm TEXT NOT NULL, width_cm TEXT NOT NULL, height_cm TEXT NOT NULL,
            tare_g INTEGER NOT NULL DEFAULT 0, foam_box_g INTEGER NOT NULL DEFAULT 0,
            ice_packs INTEGER NOT NULL DEFAULT 0, ice_pack_g INTEGER NOT NULL DEFAULT 0,
            cost_fen INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE fee_profiles (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            platform_pct TEXT NOT NULL, payment_pct TEXT NOT NULL, influencer_pct TEXT NOT NULL,
            damage_pct TEXT NOT NULL,
            valid_from TEXT, valid_to TEXT,
            source_note TEXT NOT NULL DEFAULT ''
        )
        """)


def m0006_broadcast(db) -> None:
    """Scripts (per product or free), broadcast sessions, and the checklist items ticked in each."""
    _run_script(db, """
        CREATE TABLE scripts (
            id INTEGER PRIMARY KEY,
            product_id INTEGER REFERENCES products(id) ON DELETE CASCADE,
            title TEXT NOT NULL,
            text TEXT NOT NULL DEFAULT '',
            updated_at TEXT
        );
        CREATE INDEX scripts_product ON scripts(product_id);
        CREATE TABLE broadcast_sessions (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            created_at TEXT NOT NULL,
            rehearsal INTEGER NOT NULL DEFAULT 0,
            started_at TEXT,
            ended_at TEXT,
            overridden INTEGER NOT NULL DEFAULT 0,
            gate TEXT NOT NULL DEFAULT '{}'
        );
        CREATE TABLE checklist_ticks (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES broadcast_sessions(id) ON DELETE CASCADE,
            item_id TEXT NOT NULL,
            ticked_at TEXT NOT NULL,
            UNIQUE (session_id, item_id)
        )
        """)


def m0007_runsheets_live(db) -> None:
    """Run sheets (ordered segments and a 返场 queue) and what happens on air: the segments as used, the
    prompter state row, the segment log, flash-sale count-downs, corrections and reminder acknowledgements.

    AUTOINCREMENT keeps ids of deleted sheets and segments unused, so an undo puts them back under the same id.
    """
    _run_script(db, """
        CREATE TABLE run_sheets (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            title TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE run_segments (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            sheet_id INTEGER NOT NULL REFERENCES run_sheets(id) ON DELETE CASCADE,
            queue TEXT NOT NULL CHECK (queue IN ('main', 'refeature')),
            position INTEGER NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('opening', 'product', 'closing')),
            title TEXT NOT NULL,
            product_id INTEGER REFERENCES products(id) ON DELETE SET NULL,
            sku TEXT,
            planned_s INTEGER NOT NULL DEFAULT 0 CHECK (planned_s >= 0),
            script TEXT NOT NULL DEFAULT '',
            unapproved TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX run_segments_sheet ON run_segments(sheet_id, queue, position);
        CREATE TABLE live_sessions (
            session_id INTEGER PRIMARY KEY REFERENCES broadcast_sessions(id) ON DELETE CASCADE,
            sheet_id INTEGER REFERENCES run_sheets(id) ON DELETE SET NULL,
            sheet_title TEXT NOT NULL,
            started_at TEXT NOT NULL
        );
        CREATE TABLE live_segments (
            session_id INTEGER NOT NULL REFERENCES live_sessions(session_id) ON DELETE CASCADE,
            idx INTEGER NOT NULL CHECK (idx >= 0),
            segment_id INTEGER,
            kind TEXT NOT NULL,
            title TEXT NOT NULL,
            sku TEXT,
            name TEXT NOT NULL DEFAULT '',
            planned_s INTEGER NOT NULL DEFAULT 0,
            script TEXT NOT NULL DEFAULT '',
            refeature INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (session_id, idx)
        );
        CREATE TABLE live_state (
            session_id INTEGER PRIMARY KEY REFERENCES live_sessions(session_id) ON DELETE CASCADE,
            seg_index INTEGER NOT NULL,
            char_offset INTEGER NOT NULL CHECK (char_offset >= 0),
            fraction REAL NOT NULL CHECK (fraction >= 0 AND fraction <= 1),
            speed INTEGER NOT NULL CHECK (speed > 0),
            ended INTEGER NOT NULL DEFAULT 0,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE live_log (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES live_sessions(session_id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            entered_at TEXT NOT NULL,
            left_at TEXT,
            how TEXT NOT NULL DEFAULT 'enter' CHECK (how IN ('enter', 'resume'))
        );
        CREATE INDEX live_log_session ON live_log(session_id, id);
        CREATE TABLE live_countdowns (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES live_sessions(session_id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            sku TEXT NOT NULL,
            started_at TEXT NOT NULL,
            duration_s INTEGER NOT NULL CHECK (duration_s > 0),
            quantity INTEGER NOT NULL CHECK (quantity > 0),
            stopped_at TEXT
        );
        CREATE INDEX live_countdowns_session ON live_countdowns(session_id);
        CREATE TABLE live_corrections (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES live_sessions(session_id) ON DELETE CASCADE,
            idx INTEGER,
            said TEXT NOT NULL,
            truth TEXT NOT NULL,
            at TEXT NOT NULL
        );
        CREATE INDEX live_corrections_session ON live_corrections(session_id);
        CREATE TABLE live_reminders (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES live_sessions(session_id) ON DELETE CASCADE,
            item_id TEXT NOT NULL,
            at TEXT NOT NULL
        );
        CREATE INDEX live_reminders_session ON live_reminders(session_id, item_id);
        CREATE INDEX stock_moves_session ON stock_moves(session_id)
        """)


def _run_script(db, script: str) -> None:
    """Run statements one by one: ``executescript`` would commit the migration's transaction."""
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


STEPS = (
    ("0001_initial", m0001_initial),
    ("0002_meta", m0002_meta),
    ("0003_workspace", m0003_workspace),
    ("0004_shop_links", m0004_shop_links),
    ("0005_shipping", m0005_shipping),
    ("0006_broadcast", m0006_broadcast),
    ("0007_runsheets_live", m0007_runsheets_live),
)


def known_names() -> list[str]:
    """Names of every step this version of VillageCast knows, in order."""
    return [name for name, _ in STEPS]
