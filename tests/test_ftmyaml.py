"""FtM's model read through libyaml is the model PyYAML's pure-Python loader builds."""

import json
import subprocess
import sys

PROBE = """
import json, sys, time
import yaml
safe_load = yaml.safe_load
import sanctionwatch  # installs the hook
import followthemoney
from followthemoney.model import Model
assert yaml.safe_load is safe_load, "yaml.safe_load left patched"
fast = followthemoney.model.to_dict()
slow = Model(followthemoney.model.path).to_dict()  # read again with plain safe_load
print(json.dumps({"same": fast == slow, "schemata": len(fast["schemata"]),
                  "libyaml": bool(yaml.__with_libyaml__)}))
"""


def test_libyaml_model_equals_pure_python_model() -> None:
    out = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True, timeout=120
    )
    result = json.loads(out.stdout)
    assert result["libyaml"], "PyYAML without libyaml: the hook does nothing here"
    assert result["schemata"] > 50
    assert result["same"]


def test_hook_is_installed_once_and_not_after_import() -> None:
    from sanctionwatch import ftmyaml

    before = len(sys.meta_path)
    ftmyaml.install()
    assert len(sys.meta_path) == before
