#!/usr/bin/python3
"""Opens a .docx in LibreOffice headless, accepts (or rejects) all tracked changes, and prints
the document as JSON: the tracked changes LibreOffice saw before and after, the text of each
body paragraph (tables left out) and the text of each table's cells. Usage: tracked-changes.py <in.docx> accept|reject <profile-dir>

The system python3 is needed (it has LibreOffice's uno module: Debian's python3-uno)."""
import json
import os
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def main():
    in_path, mode, profile = sys.argv[1], sys.argv[2], sys.argv[3]
    pipe = "kehoach-tc-%d" % os.getpid()
    office = subprocess.Popen(
        ["soffice", "-env:UserInstallation=file://" + profile, "--headless", "--invisible", "--norestore",
         "--nologo", "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        ctx = None
        deadline = time.time() + 120
        while ctx is None:
            try:
                ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
            except Exception:
                if time.time() > deadline or office.poll() is not None:
                    raise
                time.sleep(0.25)
        smgr = ctx.ServiceManager
        desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(in_path)), "_blank", 0, (prop("Hidden", True),))
        before = doc.getRedlines().getCount()
        dispatcher = smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", ctx)
        command = ".uno:AcceptAllTrackedChanges" if mode == "accept" else ".uno:RejectAllTrackedChanges"
        dispatcher.executeDispatch(doc.getCurrentController().getFrame(), command, "", 0, ())
        after = doc.getRedlines().getCount()
        paragraphs = []
        tables = []
        enum = doc.getText().createEnumeration()
        while enum.hasMoreElements():
            el = enum.nextElement()
            if el.supportsService("com.sun.star.text.Paragraph"):
                paragraphs.append(el.getString())
            elif el.supportsService("com.sun.star.text.TextTable"):
                tables.append([el.getCellByName(name).getString() for name in el.getCellNames()])
        doc.close(True)
        print(json.dumps({"redlinesBefore": before, "redlinesAfter": after, "paragraphs": paragraphs, "tables": tables}, ensure_ascii=False))
        try:
            desktop.terminate()
        except Exception:
            pass
    finally:
        try:
            office.wait(timeout=30)
        except Exception:
            office.kill()


main()
