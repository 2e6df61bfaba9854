"""Enhetsregisteret and e-mail figures (issue 15): a synthetic register file in the
register's own JSON layout (and CSV), 10k/100k/1M units, gzipped, read and imported
through the same calls as `btvcrm import` (services.register_import); and hostile
e-mails of growing size through exchange.email_message.

    nice -n 10 .venv/bin/python bench/register_bench.py [--quick] [--out bench/out]

Per size: wall-clock and CPU seconds, units per second, CPU time per unit relative to
the smallest size (1.0 = linear; CPU, because the machine is shared), and the peak
resident memory of a child process that only streams the file (constant memory: the
same for 10k and 1M units). The data file holds 300 organisations, a third of them
found in the register by orgnr, a third by name. Files are generated under bench/out/
(ignored by git); nothing is downloaded. The tests never time anything.
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from btvcrm.domain import validation  # noqa: E402
from btvcrm.domain.models import Organisation  # noqa: E402
from btvcrm.services.register_import import RegisterImportRequest, import_register  # noqa: E402
from btvcrm.storage.crm import Crm  # noqa: E402

MUNICIPALITIES = ["3905", "3301", "4001", "0301", "4601", "5001", "3207", "1103", "0704", "0602", "0805", "3024"]
FORMS = [("AS", "Aksjeselskap", "2100"), ("ENK", "Enkeltpersonforetak", "8200"), ("KOMM", "Kommune", "6500"),
         ("STAT", "Staten", "6100"), ("ORGL", "Organisasjonsledd", "6100"), ("FLI", "Forening/lag/innretning", "7000")]


def orgnr(i: int) -> str:
    number = 800_000_00 + i * 7
    while True:
        base = f"{number:08d}"
        check = validation.orgnr_check_digit(base)
        if check is not None:
            return base + str(check)
        number += 1


WORDS = ["NORD", "SØR", "VEST", "ØST", "BYGG", "DATA", "ENERGI", "FJORD", "HAV", "SKOG", "TRE", "RØR", "ELEKTRO",
         "TRANSPORT", "KONSULT", "HELSE", "OMSORG", "MASKIN", "STÅL", "INNOVASJON", "TEKNIKK", "GRUPPEN", "ÅS",
         "BERG", "DAL", "HOLM", "VIK", "SUND", "NES", "LIA", "MARINE", "SERVICE", "DRIFT", "UTVIKLING"]


def _words(i: int, n: int) -> str:
    """Pseudo-random words (a linear congruential sequence): register-like, not too compressible."""
    state = i * 2654435761 % 2**32
    picked = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) % 2**31
        picked.append(WORDS[state % len(WORDS)])
    return " ".join(picked)


def unit(i: int) -> dict[str, object]:
    form, text, sector = FORMS[i % len(FORMS)]
    municipality = MUNICIPALITIES[i % len(MUNICIPALITIES)]
    data: dict[str, object] = {
        "organisasjonsnummer": orgnr(i),
        "navn": f"{_words(i, 1 + i % 3)} {i} {form}",
        "organisasjonsform": {"kode": form, "beskrivelse": text},
        "hjemmeside": f"www.bedrift{i}.no" if i % 5 == 0 else None,
        "postadresse": {"land": "Norge", "landkode": "NO", "postnummer": "0101", "poststed": "OSLO",
                        "adresse": [f"Postboks {i}"], "kommune": "OSLO", "kommunenummer": "0301"},
        "registreringsdatoEnhetsregisteret": "2001-05-17",
        "registrertIMvaregisteret": i % 2 == 0,
        "naeringskode1": {"kode": f"{10 + i % 80}.{i % 1000:03d}", "beskrivelse": "Annen virksomhet"},
        "antallAnsatte": i % 300,
        "forretningsadresse": {"land": "Norge", "landkode": "NO", "postnummer": f"{3000 + i % 999:04d}",
                               "poststed": "TØNSBERG", "adresse": [f"{_words(i + 7, 1).title()}veien {i % 211}"], "kommune": "TØNSBERG",
                               "kommunenummer": municipality},
        "institusjonellSektorkode": {"kode": sector, "beskrivelse": "Sektor"},
        "registrertIForetaksregisteret": form == "AS",
        "registrertIStiftelsesregisteret": False,
        "registrertIFrivillighetsregisteret": False,
        "konkurs": False,
        "underAvvikling": False,
        "underTvangsavviklingEllerTvangsopplosning": False,
        "maalform": "Bokmål",
    }
    if i % 97 == 0:
        data["slettedato"] = "2019-12-31"
    return data


def write_json(path: Path, count: int) -> None:
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=6) as out:
        out.write("[")
        for i in range(count):
            out.write(("," if i else "") + json.dumps(unit(i), ensure_ascii=False, indent=2))
        out.write("]\n")


def write_csv(path: Path, count: int) -> None:
    import csv

    with gzip.open(path, "wt", encoding="utf-8", newline="", compresslevel=6) as out:
        writer = csv.writer(out)
        writer.writerow(["organisasjonsnummer", "navn", "organisasjonsform.kode", "organisasjonsform.beskrivelse",
                         "naeringskode1.kode", "hjemmeside", "forretningsadresse.adresse",
                         "forretningsadresse.postnummer", "forretningsadresse.poststed",
                         "forretningsadresse.kommunenummer", "institusjonellSektorkode.kode", "slettedato"])
        for i in range(count):
            u = unit(i)
            address: dict[str, object] = u["forretningsadresse"]  # type: ignore[assignment]
            writer.writerow([u["organisasjonsnummer"], u["navn"], u["organisasjonsform"]["kode"],  # type: ignore[index]
                             u["organisasjonsform"]["beskrivelse"], u["naeringskode1"]["kode"],  # type: ignore[index]
                             u["hjemmeside"] or "", "\n".join(address["adresse"]),  # type: ignore[arg-type]
                             address["postnummer"], address["poststed"], address["kommunenummer"],
                             u["institusjonellSektorkode"]["kode"], u.get("slettedato", "")])  # type: ignore[index]


def fill(crm: Crm, count: int) -> None:
    with crm.write():
        for k in range(300):
            i = (k * count) // 300
            if k % 3 == 0:
                crm.organisations.save_in_transaction(Organisation(name=f"Bedrift {k}", orgnr=orgnr(i)))
            elif k % 3 == 1:
                crm.organisations.save_in_transaction(Organisation(name=str(unit(i)["navn"])))
            else:
                crm.organisations.save_in_transaction(Organisation(name=f"Egen organisasjon {k}"))


# VmHWM, not ru_maxrss: Linux carries ru_maxrss across exec, so a child would report its
# parent's peak.
STREAM_ONLY = """
import sys
from btvcrm.exchange.register import open_register
with open_register(sys.argv[1]) as source:
    n = sum(1 for _ in source)
peak = [line.split()[1] for line in open("/proc/self/status") if line.startswith("VmHWM:")]
print(n, peak[0] if peak else 0)
"""


def stream_peak_mb(path: Path) -> tuple[int, float]:
    root = Path(__file__).resolve().parents[1]
    out = subprocess.run([sys.executable, "-c", STREAM_ONLY, str(path)], capture_output=True, text=True,
                         check=True, cwd=root).stdout.split()
    return int(out[0]), int(out[1]) / 1024


def _run(out: Path, path: Path, count: int, request: RegisterImportRequest) -> tuple[float, float, object]:
    folder = Path(tempfile.mkdtemp(dir=out))
    try:
        with Crm.open(folder / "bench.sqlite") as crm:
            fill(crm, count)
            wall, cpu = time.perf_counter(), time.process_time()
            result = import_register(crm, request)
            return time.perf_counter() - wall, time.process_time() - cpu, result
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def bench_register(out: Path, sizes: list[int], fmt: str) -> None:
    print(f"\nEnhetsregisteret, {fmt}.gz, into a data file of 300 organisations (CPU ratio per unit vs the smallest)")
    print(f"{'units':>9} {'file MB':>8} {'case':<28} {'wall s':>7} {'cpu s':>7} {'units/s':>8} {'ratio':>6} "
          f"{'updated':>8} {'added':>7} {'stream RSS MB':>14}")
    base: dict[str, float] = {}
    for count in sizes:
        path = out / f"enheter_{count}.{fmt}.gz"
        if not path.exists():
            (write_json if fmt == "json" else write_csv)(path, count)
        read, peak = stream_peak_mb(path)
        assert read == count, (read, count)
        cases = [("refresh (no --add-new)", RegisterImportRequest(path=path)),
                 ("--add-new --form KOMM,STAT,ORGL", RegisterImportRequest(path=path, add_new=True,
                                                                        forms=["KOMM", "STAT", "ORGL"]))]
        if count <= 100_000:
            cases.append(("--add-new, every form", RegisterImportRequest(path=path, add_new=True)))
        for label, request in cases:
            wall, cpu, result = _run(out, path, count, request)
            per_unit = cpu / count
            ratio = per_unit / base.setdefault(label, per_unit)
            print(f"{count:>9} {path.stat().st_size / 1e6:>8.1f} {label:<28} {wall:>7.1f} {cpu:>7.1f} "
                  f"{count / wall:>8.0f} {ratio:>6.2f} {result.updated:>8} {result.added:>7} {peak:>14.0f}")  # type: ignore[attr-defined]


def bench_email(sizes_mb: list[int]) -> None:
    from btvcrm.exchange.email_message import html_to_text, parse_eml

    print("\nHostile e-mail: CPU seconds by size (ratio: per MB, relative to the smallest)")
    print(f"{'case':<34} {'size':>6} {'cpu s':>7} {'ratio':>6}")
    cases = {
        "attachment (base64)": lambda mb: (b"From: a@b.no\r\nSubject: x\r\nContent-Type: multipart/mixed; "
                                           b"boundary=X\r\n\r\n--X\r\nContent-Type: text/plain\r\n\r\nHei\r\n"
                                           b"--X\r\nContent-Type: application/pdf; name=a.pdf\r\n"
                                           b"Content-Transfer-Encoding: base64\r\n\r\n"
                                           + b"QUJDRA==\r\n" * (mb * 1024 * 1024 // 10) + b"--X--\r\n"),
        "many header lines": lambda mb: (b"From: a@b.no\r\nSubject: x\r\n"
                                         + b"X-Line: abcdefghij\r\n" * (mb * 1024 * 1024 // 20) + b"\r\nbody"),
        "MIME parts of 2 kB (unclosed)": lambda mb: (b"From: a@b.no\r\nSubject: x\r\nContent-Type: multipart/mixed; "
                                                  b"boundary=B\r\n\r\n"
                                                  + (b"--B\r\nContent-Type: text/plain\r\n\r\n" + b"x" * 2000
                                                     + b"\r\n") * (mb * 1024 * 1024 // 2040)),
    }
    for label, make in cases.items():
        base = None
        for mb in sizes_mb:
            data = make(mb)
            cpu = time.process_time()
            parse_eml(data)
            cpu = time.process_time() - cpu
            base = base or cpu / mb
            print(f"{label:<34} {mb:>4}MB {cpu:>7.2f} {cpu / mb / base:>6.2f}")
    base = None
    for mb in sizes_mb:
        markup = "<p x<!y<?z</ " * (mb * 1024 * 1024 // 12) + "<!--" * 1000
        cpu = time.process_time()
        html_to_text(markup)
        cpu = time.process_time() - cpu
        base = base or cpu / mb
        print(f"{'HTML: unclosed comments, tags':<34} {mb:>4}MB {cpu:>7.2f} {cpu / mb / base:>6.2f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="10k and 100k units only")
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "out")
    parser.add_argument("--formats", default="json,csv")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    sizes = [10_000, 100_000] if args.quick else [10_000, 100_000, 1_000_000]
    for fmt in args.formats.split(","):
        bench_register(args.out, sizes, fmt)
    bench_email([1, 4, 16] if args.quick else [1, 4, 16, 30])
    print(f"\npeak RSS of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
