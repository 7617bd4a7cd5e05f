"""Declarative automation: carries each batch downstream once its parents update."""

import dagster as dg

from oceanid_assets import config

# On by default, like the drop sensor.
automation_sensor = dg.AutomationConditionSensorDefinition(
    "oceanid_automation",
    target=dg.AssetSelection.all(),
    default_status=dg.DefaultSensorStatus.RUNNING,
    minimum_interval_seconds=config.sensor_interval_seconds(),
)
