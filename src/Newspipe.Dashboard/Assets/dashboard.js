// Newspipe dashboard: the pipeline page follows the server's events (no reload); other pages have no script.
(function () {
  "use strict";
  const root = document.getElementById("pipeline");
  if (!root || !window.EventSource) {
    return;
  }

  const live = document.getElementById("live");
  const source = new EventSource(root.dataset.events);
  source.addEventListener("open", () => live.dataset.state = "on");
  source.addEventListener("error", () => live.dataset.state = "off");
  source.addEventListener("pipeline", (event) => render(JSON.parse(event.data)));

  const text = (value) => value === null || value === undefined ? "—" : String(value);

  // As the server writes it (Format.Age): "12.5 s", "4 min 05 s", "2 h 03 min".
  function age(seconds) {
    if (seconds === null || seconds === undefined) {
      return null;
    }
    const two = (n) => String(Math.floor(n)).padStart(2, "0");
    if (seconds < 60) {
      return (Math.round(seconds * 10) / 10) + " s";
    }
    if (seconds < 3600) {
      return Math.floor(seconds / 60) + " min " + two(seconds % 60) + " s";
    }
    return Math.floor(seconds / 3600) + " h " + two((seconds % 3600) / 60) + " min";
  }

  function cell(row, value) {
    const td = document.createElement("td");
    if (value instanceof Node) {
      td.appendChild(value);
    } else {
      td.textContent = text(value);
    }
    row.appendChild(td);
  }

  function time(iso) {
    return iso.replace("T", " ").substring(0, 19);
  }

  function render(view) {
    root.querySelector('[data-total="articles"]').textContent = view.totals.articles;
    root.querySelector('[data-total="failures"]').textContent = view.totals.unresolvedFailures;
    root.querySelector('[data-total="at"]').textContent = view.at.substring(11, 23);

    for (const stage of view.stages) {
      const box = root.querySelector(`[data-stage="${stage.stage}"]`);
      if (!box) {
        continue;
      }
      const figures = {
        processedPerMinute: stage.processedPerMinute,
        failedPerMinute: stage.failedPerMinute,
        inFlight: stage.inFlight,
        retrying: stage.retrying,
        depth: stage.queue ? stage.queue.depth : null,
        consumers: stage.queue ? stage.queue.consumers : null,
        oldestAge: stage.queue ? age(stage.queue.oldestAgeSeconds) : null,
      };
      for (const [name, value] of Object.entries(figures)) {
        const element = box.querySelector(`[data-figure="${name}"]`);
        if (element) {
          element.textContent = text(value);
        }
      }
      const ageUnknown = box.querySelector('[data-figure-title="ageUnknown"]');
      if (ageUnknown) {
        ageUnknown.title = stage.queue && stage.queue.ageUnknown ? stage.queue.ageUnknown : "";
      }
      const stalls = box.querySelector('[data-figure="stalls"]');
      stalls.replaceChildren(...stage.stalls.map((stall) => {
        const li = document.createElement("li");
        li.textContent = stall;
        return li;
      }));
      box.classList.toggle("stalled", stage.stalls.length > 0);
    }

    document.getElementById("health").replaceChildren(...view.health.map((check) => {
      const li = document.createElement("li");
      li.className = check.status.toLowerCase();
      const name = document.createElement("b");
      name.textContent = check.name;
      const description = document.createElement("span");
      description.className = "muted";
      description.textContent = check.description || "";
      li.append(name, " " + check.status + " ", description);
      return li;
    }));

    document.querySelector("#latest tbody").replaceChildren(...view.latest.map((article) => {
      const row = document.createElement("tr");
      row.dataset.article = article.id;
      const link = document.createElement("a");
      link.href = "/articles/" + encodeURIComponent(article.id);
      const code = document.createElement("code");
      code.textContent = article.id.substring(0, 8);
      link.appendChild(code);
      cell(row, link);
      cell(row, article.title);
      cell(row, article.outlet || "");
      cell(row, article.published || "");
      cell(row, article.language);
      cell(row, article.sourceName);
      cell(row, time(article.storedAt));
      cell(row, Math.round(Date.parse(article.storedAt) - Date.parse(article.ingestedAt)) + " ms");
      return row;
    }));
    // How many updates the page took: tests wait for it, people can ignore it.
    root.dataset.renders = String(Number(root.dataset.renders || 0) + 1);
  }
})();
