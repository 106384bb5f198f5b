"""Hydraulics worked by hand for the tests: Hazen–Williams head loss and a tiny EPANET network written out."""

from __future__ import annotations


def hazen_williams_loss_m(length_m: float, flow_m3s: float, diameter_m: float, c: float = 140.0) -> float:
    """Head loss of one pipe: 10.667 L Q^1.852 / (C^1.852 D^4.871)."""
    return 10.667 * length_m * flow_m3s**1.852 / (c**1.852 * diameter_m**4.871)


def hand_epanet_pressure(
    head_m: float, length_m: float, bore_m: float, level_m: float, demand_l_s: float
) -> float:
    """Solve by EPANET a network written here by hand: reservoir → one pipe → one junction."""
    import tempfile

    import wntr

    inp = f"""[TITLE]
hand-written check network
[JUNCTIONS]
;ID  Elev  Demand
 J   {level_m}  {demand_l_s}
[RESERVOIRS]
;ID  Head
 R   {head_m}
[PIPES]
;ID  Node1  Node2  Length  Diameter(mm)  Roughness  MinorLoss  Status
 P   R      J      {length_m}  {bore_m * 1000}  140  0  Open
[OPTIONS]
 Units        LPS
 Headloss     H-W
 Demand Model PDA
 Minimum Pressure 0
 Required Pressure 10
 Pressure Exponent 0.5
[TIMES]
 Duration 0
[END]
"""
    with tempfile.TemporaryDirectory() as tmp:
        path = f"{tmp}/hand.inp"
        with open(path, "w") as fh:
            fh.write(inp)
        wn = wntr.network.WaterNetworkModel(path)
        res = wntr.sim.EpanetSimulator(wn).run_sim(file_prefix=f"{tmp}/hand")
    return float(res.node["pressure"].iloc[0]["J"])
