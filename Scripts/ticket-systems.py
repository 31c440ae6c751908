#!/usr/bin/env python3
"""The ticket systems HubBot's presets speak, emulated for its tests (Python standard library only).

Each preset's create and marker search, as HubBot calls them, on one in-memory store per
preset: RT (REST 2), Jira (REST 2), ServiceNow (Table API), Zammad, GLPI, GitHub and GitLab.
Answers have the documented shapes (only the fields HubBot reads, and a few beside them).
None of these systems de-duplicates on Idempotency-Key: a second create is a second ticket.

Listens on 127.0.0.1 on a free port and prints one JSON line: {"port": PORT}.
Exits on SIGTERM or SIGINT, or when the process that started it (--parent PID) is gone.

  POST /REST/2.0/ticket                         RT: 201 {"id": "N", "type": "ticket", "_url": ...}
  GET  /REST/2.0/tickets?query=Subject LIKE '…'  {"count", "total", "items": [{"id", "type", "_url"}]}
  POST /rest/api/2/issue                        Jira: 201 {"id", "key": "HUB-N", "self"}
  GET  /rest/api/2/search?jql=labels = "…"      {"total", "issues": [{"id", "key", "fields": {"summary"}}]}
  POST /api/now/table/incident                  ServiceNow: 201 {"result": {"number": "INC00100NN", "sys_id"}}
  GET  /api/now/table/incident?sysparm_query=correlation_id=…   {"result": [...]}
  POST /api/v1/tickets                          Zammad: 201 {"id", "number", "title"}
  GET  /api/v1/tickets/search?query=…&expand=true   [ticket, ...] (title contains the query)
  POST /apirest.php/Ticket                      GLPI: 201 {"id", "message"}
  GET  /apirest.php/search/Ticket?criteria[0][value]=…   {"totalcount", "count", "data": [{"1": name, "2": id}]}
  POST /repos/OWNER/REPO/issues                 GitHub: 201 {"number", "html_url", "title", "state"}
  GET  /repos/OWNER/REPO/issues?state=all&...   [issue, ...] newest first
  POST /api/v4/projects/ID/issues               GitLab: 201 {"iid", "web_url", "title", "state"}
  GET  /api/v4/projects/ID/issues?search=…      [issue, ...] (title contains the search)
  POST /REST/2.0/ticket/N/comment               RT: 201 ["Comments added"]
  GET  /REST/2.0/ticket/N/attachments?query=[{"field":"Content","operator":"LIKE",...}]
                                                {"count", "total", "items": [{"id", "Content": base64}]}
  POST/GET a ticket's comments                  Jira /rest/api/2/issue/KEY/comment, GitHub
                                                /repos/O/R/issues/N/comments, GitLab /api/v4/projects/P/issues/N/notes
  GET  /control/tickets                         every ticket made: [{"preset", "id", "title"}]
  GET  /control/comments                        every comment made: [{"preset", "ticket", "body"}]
"""
import argparse
import base64
import json
import re
import threading
from scripted_http import JSONHandler, serve
from urllib.parse import parse_qs, urlsplit

lock = threading.Lock()
tickets = []  # {"preset", "id", "title", "labels", "correlation_id"}
comments = []  # {"preset", "ticket", "body"}: notes on a ticket (RT, Jira, GitHub, GitLab)
COMMENT_PATHS = {  # preset -> the path of a ticket's comments, with its id as the group
    "rt": r"/REST/2.0/ticket/(\d+)/comment",
    "jira": r"/rest/api/2/issue/HUB-(\d+)/comment",
    "github": r"/repos/[^/]+/[^/]+/issues/(\d+)/comments",
    "gitlab": r"/api/v4/projects/[^/]+/issues/(\d+)/notes",
}


def comment_target(path):
    for preset, pattern in COMMENT_PATHS.items():
        match = re.fullmatch(pattern, path)
        if match:
            return preset, int(match.group(1))
    return None, None


def made(preset):
    return [t for t in tickets if t["preset"] == preset]


def add(preset, title, labels=(), correlation_id=None):
    ticket = {"preset": preset, "id": len(made(preset)) + 1, "title": title, "labels": list(labels),
              "correlation_id": correlation_id}
    tickets.append(ticket)
    return ticket


class Handler(JSONHandler):
    def body(self):
        raw = self.raw_body()
        return json.loads(raw) if raw else {}

    def base(self):
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def do_POST(self):
        path = urlsplit(self.path).path
        body = self.body()
        base = self.base()
        with lock:
            preset, ticket = comment_target(path)
            if preset:
                text = body.get("Content" if preset == "rt" else "body", "")
                comments.append({"preset": preset, "ticket": ticket, "body": text})
                self.reply(201, ["Comments added"] if preset == "rt" else {"id": len(comments), "body": text})
            elif path == "/REST/2.0/ticket":
                t = add("rt", body.get("Subject", ""))
                self.reply(201, {"id": str(t["id"]), "type": "ticket", "_url": f"{base}/REST/2.0/ticket/{t['id']}"})
            elif path == "/rest/api/2/issue":
                fields = body.get("fields", {})
                t = add("jira", fields.get("summary", ""), fields.get("labels", []))
                self.reply(201, {"id": str(10000 + t["id"]), "key": f"HUB-{t['id']}",
                                 "self": f"{base}/rest/api/2/issue/{10000 + t['id']}"})
            elif path == "/api/now/table/incident":
                t = add("servicenow", body.get("short_description", ""), correlation_id=body.get("correlation_id"))
                self.reply(201, {"result": {"number": f"INC{10000 + t['id']:07d}", "sys_id": f"sys{t['id']:08d}"}})
            elif path == "/api/v1/tickets":
                t = add("zammad", body.get("title", ""))
                self.reply(201, {"id": t["id"], "number": str(31000 + t["id"]), "title": t["title"]})
            elif path == "/apirest.php/Ticket":
                t = add("glpi", body.get("input", {}).get("name", ""))
                self.reply(201, {"id": t["id"], "message": ""})
            elif re.fullmatch(r"/repos/[^/]+/[^/]+/issues", path):
                t = add("github", body.get("title", ""), body.get("labels", []))
                self.reply(201, self.github(t))
            elif re.fullmatch(r"/api/v4/projects/[^/]+/issues", path):
                t = add("gitlab", body.get("title", ""))
                self.reply(201, self.gitlab(t))
            else:
                self.reply(404, {"error": f"no such endpoint: POST {path}"})

    def github(self, t):
        return {"number": t["id"], "html_url": f"https://github.test/issues/{t['id']}", "title": t["title"],
                "state": "open", "labels": [{"name": name} for name in t["labels"]]}

    def gitlab(self, t):
        return {"iid": t["id"], "id": 500 + t["id"], "web_url": f"https://gitlab.test/-/issues/{t['id']}",
                "title": t["title"], "state": "opened"}

    def rt_attachments(self, ticket, query, per_page):
        """RT's attachments of a ticket (each comment's text is one), filtered by a JSON query's
        Content LIKE, newest first, Content in base64 as RT answers it."""
        limits = json.loads(query) if query else []
        items = [{"id": i + 1, "type": "attachment", "_url": f"{self.base()}/REST/2.0/attachment/{i + 1}",
                  "Content": base64.b64encode(c["body"].encode()).decode()}
                 for i, c in enumerate(comments) if c["preset"] == "rt" and c["ticket"] == ticket
                 and all(limit["value"] in c["body"] for limit in limits if limit.get("field") == "Content")]
        items.reverse()
        self.reply(200, {"count": min(len(items), per_page), "total": len(items), "page": 1, "per_page": per_page,
                         "items": items[:per_page]})

    def do_GET(self):
        parts = urlsplit(self.path)
        path, query = parts.path, parse_qs(parts.query)
        first = lambda name: query.get(name, [""])[0]  # noqa: E731
        base = self.base()
        with lock:
            preset, ticket = comment_target(path)
            if preset:
                notes = [{"id": i + 1, "body": c["body"]} for i, c in enumerate(comments)
                         if c["preset"] == preset and c["ticket"] == ticket]
                self.reply(200, {"startAt": 0, "maxResults": 1000, "total": len(notes), "comments": notes}
                           if preset == "jira" else notes)
            elif re.fullmatch(r"/REST/2.0/ticket/\d+/attachments", path):
                self.rt_attachments(int(path.split("/")[4]), first("query"), int(first("per_page") or 20))
            elif path == "/control/tickets":
                self.reply(200, tickets)
            elif path == "/control/comments":
                self.reply(200, comments)
            elif path == "/REST/2.0/tickets":
                match = re.search(r"Subject LIKE '([^']*)'", first("query"))
                found = [t for t in made("rt") if match and match.group(1) in t["title"]]
                self.reply(200, {"count": len(found), "total": len(found), "page": 1, "per_page": 20,
                                 "items": [{"id": str(t["id"]), "type": "ticket",
                                            "_url": f"{base}/REST/2.0/ticket/{t['id']}"} for t in found]})
            elif path == "/rest/api/2/search":
                match = re.search(r'labels\s*=\s*"([^"]*)"', first("jql"))
                found = [t for t in made("jira") if match and match.group(1) in t["labels"]]
                self.reply(200, {"startAt": 0, "maxResults": 50, "total": len(found),
                                 "issues": [{"id": str(10000 + t["id"]), "key": f"HUB-{t['id']}",
                                             "fields": {"summary": t["title"]}} for t in found]})
            elif path == "/api/now/table/incident":
                match = re.fullmatch(r"correlation_id=(.*)", first("sysparm_query"))
                found = [t for t in made("servicenow") if match and t["correlation_id"] == match.group(1)]
                self.reply(200, {"result": [{"number": f"INC{10000 + t['id']:07d}", "sys_id": f"sys{t['id']:08d}"}
                                            for t in found]})
            elif path == "/api/v1/tickets/search":
                text = first("query").replace('title:', '').strip('"')
                found = [t for t in made("zammad") if text and text in t["title"]]
                self.reply(200, [{"id": t["id"], "number": str(31000 + t["id"]), "title": t["title"]} for t in found])
            elif path == "/apirest.php/search/Ticket":
                text = first("criteria[0][value]")
                found = [t for t in made("glpi") if text and text in t["title"]]
                self.reply(200, {"totalcount": len(found), "count": len(found),
                                 "data": [{"1": t["title"], "2": t["id"]} for t in found]})
            elif re.fullmatch(r"/repos/[^/]+/[^/]+/issues", path):
                self.reply(200, [self.github(t) for t in reversed(made("github"))][: int(first("per_page") or 30)])
            elif re.fullmatch(r"/api/v4/projects/[^/]+/issues", path):
                text = first("search")
                self.reply(200, [self.gitlab(t) for t in made("gitlab") if not text or text in t["title"]])
            else:
                self.reply(404, {"error": f"no such endpoint: GET {path}"})


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--parent", type=int)
    args = parser.parse_args()
    serve(Handler, args.parent)

if __name__ == "__main__":
    main()
