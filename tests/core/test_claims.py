"""GB 28050 nutrient content claims judged on a product's own per-100 g / 100 mL numbers."""

import pytest

from villagecast.core import claims, nutrition
from villagecast.core.claims import ClaimRule, check, claim_for_term, evaluate

HONEY = {"energy_kj": 1343, "protein": 0.3, "fat": 0, "carbohydrate": 78.0, "sugar": 77.5, "sodium": 5}
WALNUTS = {"energy_kj": 2704, "protein": 14.9, "fat": 58.8, "saturated_fat": 5.6, "carbohydrate": 19.1,
           "sodium": 6.4}


def status(code, values, basis="100g", edition=2011):
    return check(code, values, basis, edition).status


def test_honey_is_never_sugar_free_or_low_sugar():
    assert status("sugar_free", HONEY) == "forbidden"
    assert status("low_sugar", HONEY) == "forbidden"
    assert check("sugar_free", HONEY).failed == ("threshold",)
    assert status("fat_free", HONEY) == "allowed"
    assert status("sodium_free", HONEY) == "allowed"  # exactly 5 mg
    assert status("source_protein", HONEY) == "forbidden"


def test_walnuts_are_never_low_fat_but_may_be_high_protein():
    assert status("low_fat", WALNUTS) == "forbidden"
    assert status("fat_free", WALNUTS) == "forbidden"
    assert status("high_protein", WALNUTS) == "allowed"
    assert status("source_protein", WALNUTS) == "allowed"
    assert status("low_saturated_fat", WALNUTS) == "forbidden"
    assert status("sodium_free", WALNUTS) == "forbidden"
    assert status("very_low_sodium", WALNUTS) == "allowed"
    low_energy = check("low_energy", WALNUTS)
    assert low_energy.failed == ("threshold", "fat_energy_share")


def test_result_carries_amount_threshold_unit_and_terms():
    r = check("low_fat", WALNUTS)
    assert (r.code, r.nutrient, r.amount, r.threshold, r.limit, r.unit) == ("low_fat", "fat", 58.8, 3, "max", "g")
    assert r.terms[0] == "低脂肪" and "少油" in r.terms
    assert check("high_protein", WALNUTS).limit == "min"
    assert check("low_sodium", WALNUTS).unit == "mg"


@pytest.mark.parametrize("code,values,expected", [
    ("sugar_free", {"sugar": 0.5}, "allowed"),
    ("sugar_free", {"sugar": 0.51}, "forbidden"),
    ("sugar_free", {"sugar": 0}, "allowed"),
    ("high_protein", {"protein": 12.0}, "allowed"),
    ("high_protein", {"protein": 11.99}, "forbidden"),
    ("source_protein", {"protein": 6}, "allowed"),
    ("source_protein", {"protein": 5.99}, "forbidden"),
    ("low_sodium", {"sodium": 120}, "allowed"),
    ("low_sodium", {"sodium": 121}, "forbidden"),
    ("energy_free", {"energy_kj": 17}, "allowed"),
    ("energy_free", {"energy_kj": 18}, "forbidden"),
    ("high_calcium", {"calcium": 240}, "allowed"),
    ("high_calcium", {"calcium": 239}, "forbidden"),
    ("source_calcium", {"calcium": 120}, "allowed"),
    ("high_fibre", {"dietary_fibre": 6}, "allowed"),
    ("source_fibre", {"dietary_fibre": 2.9}, "forbidden"),
])
def test_boundaries(code, values, expected):
    assert status(code, values) == expected


def test_judged_on_measured_not_declared_value():
    # 0.54 g is declared as 0.5 g, 11.96 g as 12.0 g; the claim is judged on what was measured.
    assert nutrition.declared_value("sugar", 0.54) == 0.5
    assert status("sugar_free", {"sugar": 0.54}) == "forbidden"
    assert nutrition.declared_value("protein", 11.96) == 12.0
    assert status("high_protein", {"protein": 11.96}) == "forbidden"


def test_liquid_thresholds_differ():
    milk = {"fat": 2.0}
    assert status("low_fat", milk, "100g") == "allowed"
    assert status("low_fat", milk, "100ml") == "forbidden"
    assert check("low_fat", milk, "100ml").threshold == 1.5
    assert check("low_fat", milk, "100g").threshold == 3
    assert check("high_protein", {"protein": 6}, "100ml").status == "allowed"
    assert check("source_protein", {"protein": 3}, "100ml").status == "allowed"
    assert check("high_calcium", {"calcium": 120}, "100ml").status == "allowed"  # 15 % NRV
    assert check("source_calcium", {}, "100ml").threshold == 60  # 7.5 % NRV
    assert check("low_energy", {"energy_kj": 100, "fat": 0}, "100ml").status == "forbidden"  # > 80 kJ


def test_low_energy_needs_fat_share_at_most_half():
    assert check("low_energy", {"energy_kj": 160, "fat": 3}).failed == ("fat_energy_share",)  # 111 / 160
    assert status("low_energy", {"energy_kj": 160, "fat": 2}) == "allowed"  # 74 / 160
    assert status("low_energy", {"energy_kj": 148, "fat": 2}) == "allowed"  # exactly 50 %
    r = check("low_energy", {"energy_kj": 160})
    assert (r.status, r.failed) == ("no_data", ("fat_energy_share",))


def test_low_saturated_fat_needs_energy_share():
    assert status("low_saturated_fat", {"saturated_fat": 1.0, "energy_kj": 400}) == "allowed"  # 37 / 400
    r = check("low_saturated_fat", {"saturated_fat": 1.0, "energy_kj": 300})  # 12 % of energy
    assert r.failed == ("saturated_energy_share",)


def test_cholesterol_claims_need_low_saturated_fat():
    ok = {"cholesterol": 10, "saturated_fat": 1.0, "energy_kj": 400}
    assert status("low_cholesterol", ok) == "allowed"
    r = check("low_cholesterol", {**ok, "saturated_fat": 3})
    assert (r.status, r.failed) == ("forbidden", ("low_saturated_fat",))
    assert check("low_cholesterol", {**ok, "energy_kj": 50}).failed == ("low_saturated_fat",)
    r = check("cholesterol_free", {"cholesterol": 2})
    assert (r.status, r.failed) == ("no_data", ("low_saturated_fat",))
    # liquids: 10 mg cholesterol and 0.75 g saturated fat
    assert status("low_cholesterol", {**ok, "saturated_fat": 0.5}, "100ml") == "allowed"
    assert check("low_cholesterol", ok, "100ml").failed == ("low_saturated_fat",)
    assert check("low_cholesterol", {**ok, "cholesterol": 15, "saturated_fat": 0.5}, "100ml").failed == ("threshold",)


def test_a_definite_failure_wins_over_missing_data():
    r = check("low_cholesterol", {"cholesterol": 50})
    assert (r.status, r.failed) == ("forbidden", ("threshold",))


def test_editions_high_zinc_and_selenium():
    assert claims.rule("high_zinc", 2011).solid == 4.5
    assert claims.rule("high_zinc", 2025).solid == 3.3
    assert claims.rule("high_selenium", 2011).solid == 15
    assert claims.rule("high_selenium", 2025).solid == 18
    assert status("high_zinc", {"zinc": 4.0}, edition=2011) == "forbidden"
    assert status("high_zinc", {"zinc": 4.0}, edition=2025) == "allowed"


def test_editions_saturated_fat_free_counts_trans_fat_in_2011():
    values = {"saturated_fat": 0.05, "trans_fat": 0.08}
    r = check("saturated_fat_free", values, edition=2011)
    assert (r.status, r.failed) == ("forbidden", ("saturated_plus_trans",))
    assert status("saturated_fat_free", values, edition=2025) == "allowed"
    assert status("saturated_fat_free", {"saturated_fat": 0.05, "trans_fat": 0.05}, edition=2011) == "allowed"
    r = check("saturated_fat_free", {"saturated_fat": 0.05}, edition=2011)
    assert (r.status, r.failed) == ("no_data", ("saturated_plus_trans",))
    assert status("saturated_fat_free", {"saturated_fat": 0.05}, edition=2025) == "allowed"


@pytest.mark.parametrize("code,solid", [("high_calcium", 240), ("source_calcium", 120), ("high_vitamin_c", 30),
                                        ("source_vitamin_c", 15), ("high_iron", 4.5), ("high_potassium", 600),
                                        ("high_vitamin_e", 4.2), ("source_protein", 6), ("high_protein", 12)])
def test_worked_conversions(code, solid):
    assert claims.rule(code).solid == solid


def test_no_data_when_value_missing():
    r = check("sugar_free", {})
    assert (r.status, r.failed, r.amount, r.threshold, r.unit) == ("no_data", ("threshold",), None, 0.5, "g")
    assert status("sugar_free", {"sugar": None}) == "no_data"


def test_not_for_basis():
    lean = ClaimRule("lean", "fat", "max", 10, None, ("瘦",))
    r = claims.judge(lean, {"fat": 1}, "100ml")
    assert (r.status, r.failed, r.threshold) == ("forbidden", ("not_for_basis",), None)
    assert claims.judge(lean, {"fat": 1}, "100g").status == "allowed"


def test_evaluate_lists_macros_and_calcium_always_other_micros_when_valued():
    codes = [r.code for r in evaluate({})]
    assert "sugar_free" in codes and "low_cholesterol" in codes
    assert "source_calcium" in codes and "high_calcium" in codes
    assert "high_vitamin_c" not in codes and "high_zinc" not in codes
    jujube = {"vitamin_c": 243, "potassium": 375, "sugar": 30}
    results = evaluate(jujube)
    codes = [r.code for r in results]
    assert {"source_vitamin_c", "high_vitamin_c", "source_potassium", "high_potassium"} <= set(codes)
    assert "high_iron" not in codes
    assert codes == [c for c in claims.CLAIM_CODES if c in codes]  # display order
    by = {r.code: r for r in results}
    assert by["high_vitamin_c"].status == "allowed"
    assert by["high_potassium"].status == "forbidden" and by["source_potassium"].status == "allowed"
    assert by["high_calcium"].status == "no_data"


def test_errors():
    with pytest.raises(KeyError):
        check("super_healthy", {})
    with pytest.raises(KeyError):
        claims.rule("super_healthy")
    with pytest.raises(ValueError):
        check("low_fat", {"fat": 1}, "serving")
    with pytest.raises(ValueError):
        evaluate({}, "100 g")
    with pytest.raises(ValueError):
        claims.rules(1999)


def test_rules_per_edition_and_codes():
    for edition in (2011, 2025):
        codes = tuple(r.code for r in claims.rules(edition))
        assert codes == claims.CLAIM_CODES
        for r in claims.rules(edition):
            assert r.nutrient in nutrition.BY_CODE
            assert r.limit in ("max", "min")
            assert edition in r.editions
    assert "source_sodium" not in claims.CLAIM_CODES and "high_sodium" not in claims.CLAIM_CODES
    assert len(claims.CLAIM_CODES) == len(set(claims.CLAIM_CODES))


@pytest.mark.parametrize("term,code", [
    ("无糖", "sugar_free"), ("不含糖", "sugar_free"), ("0糖", "sugar_free"), ("零糖", "sugar_free"),
    ("０糖", "sugar_free"), ("低糖", "low_sugar"), ("低脂", "low_fat"), ("少油", "low_fat"), ("0脂肪", "fat_free"),
    ("高钙", "high_calcium"), ("含钙", "source_calcium"), ("富含维生素C", "high_vitamin_c"),
    ("富含维生素c", "high_vitamin_c"), (" 富含 维生素Ｃ ", "high_vitamin_c"), ("高维C", "high_vitamin_c"),
    ("高蛋白", "high_protein"), ("蛋白质来源", "source_protein"), ("低盐", "low_sodium"), ("低钠", "low_sodium"),
    ("极低钠", "very_low_sodium"), ("无盐", "sodium_free"), ("0卡", "energy_free"), ("低卡", "low_energy"),
    ("高纤维", "high_fibre"), ("富含膳食纤维", "high_fibre"), ("膳食纤维的良好来源", "high_fibre"),
    ("富硒", "high_selenium"), ("高维生素B1", "high_vitamin_b1"), ("高维生素B12", "high_vitamin_b12"),
    ("无反式脂肪酸", "trans_fat_free"), ("低胆固醇", "low_cholesterol"),
])
def test_claim_for_term(term, code):
    assert claim_for_term(term) == code


@pytest.mark.parametrize("word", ["好吃", "新鲜", "", "糖", "钙", "蜂蜜", "含糖", "纯天然"])
def test_ordinary_words_are_not_claims(word):
    assert claim_for_term(word) is None


def test_every_term_maps_back_to_its_own_rule_and_no_term_is_shared():
    owner = {}
    for edition in (2011, 2025):
        for r in claims.rules(edition):
            assert r.terms, r.code
            assert len(r.terms) == len(set(r.terms)), r.code
            for term in r.terms:
                assert len(term) >= 2, term
                assert claim_for_term(term) == r.code, term
                key = claims.normalise(term)
                assert owner.setdefault(key, r.code) == r.code, (term, owner[key], r.code)


def test_standard_term_first():
    assert claims.rule("sugar_free").terms[:4] == ("无糖", "不含糖", "零糖", "0糖")
    assert claims.rule("low_fat").terms[0] == "低脂肪"
    assert claims.rule("high_protein").terms[0] == "高蛋白"
    assert claims.rule("low_sodium").terms[0] == "低钠"
    assert claims.rule("high_calcium").terms[0] == "高钙"
    assert claims.rule("source_calcium").terms[0] == "钙来源"
