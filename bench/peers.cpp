// Copyright 2026 The wa-participants Authors. Licensed under the Apache License 2.0.
//
// PeerRps: each peer is a shell command that prints "rps=<number>".

#include "peers.hpp"

#include <cstdio>
#include <cstdlib>
#include <fstream>

namespace wa::bench {
namespace {

bool Installed(const std::string& probe) {
  return std::system((probe + " >/dev/null 2>&1").c_str()) == 0;
}

// Runs a peer command that prints "rps=<number>"; -1 if it failed.
double RunPeer(const std::string& command) {
  FILE* p = popen(command.c_str(), "r");
  if (p == nullptr) return -1;
  char line[256];
  double rps = -1;
  while (fgets(line, sizeof(line), p)) {
    if (std::sscanf(line, "rps=%lf", &rps) == 1) break;
  }
  pclose(p);
  return rps;
}

}  // namespace

std::vector<std::pair<std::string, std::optional<double>>> PeerRps(const HttpRequest& req,
                                                                   const std::string& token,
                                                                   int n) {
  std::vector<std::pair<std::string, std::optional<double>>> rows;
  auto measure = [&rows](const std::string& label, const std::string& probe,
                         const std::string& command) {
    rows.emplace_back(label,
                      Installed(probe) ? std::optional<double>(RunPeer(command)) : std::nullopt);
  };
  const std::string dir = "/tmp/wa-bench-peers";
  std::system(("mkdir -p " + dir).c_str());
  std::ofstream(dir + "/body") << req.body;
  {
    std::ofstream h(dir + "/headers");
    for (const auto& [k, v] : req.headers) h << k << ": " << v << "\n";
  }
  setenv("WA_URL", req.url.c_str(), 1);
  setenv("WA_TOKEN", token.c_str(), 1);
  setenv("WA_N", std::to_string(n).c_str(), 1);
  setenv("WA_DIR", dir.c_str(), 1);

  // curl: one process, one connection, reused for every URL given.
  std::string urls;
  for (int i = 0; i < n; ++i) urls += " \"$WA_URL\"";
  measure("curl CLI, one process, keep-alive", "curl --version",
          "sh -c 's=$(date +%s.%N); curl -s -o /dev/null -H @\"$WA_DIR/headers\" "
          "--data-binary @\"$WA_DIR/body\"" +
              urls +
              " >/dev/null; e=$(date +%s.%N); awk -v n=\"$WA_N\" -v s=\"$s\" -v e=\"$e\" "
              "\"BEGIN { printf \\\"rps=%f\\\\n\\\", n / (e - s) }\"'");
  measure("python requests.Session", "python3 -c 'import requests'",
          "python3 -c 'import os,time,requests\n"
          "s=requests.Session(); u=os.environ[\"WA_URL\"]; n=int(os.environ[\"WA_N\"])\n"
          "b=open(os.environ[\"WA_DIR\"]+\"/body\",\"rb\").read()\n"
          "h={\"token\":os.environ[\"WA_TOKEN\"],\"Content-Type\":\"application/json\"}\n"
          "t=time.perf_counter()\n"
          "for _ in range(n): s.post(u,data=b,headers=h).content\n"
          "print(\"rps=%f\" % (n/(time.perf_counter()-t)))'");
  measure("node fetch", "node -e 'if (typeof fetch !== \"function\") process.exit(1)'",
          "node -e 'const fs=require(\"fs\");(async()=>{const "
          "u=process.env.WA_URL,n=+process.env.WA_N;"
          "const b=fs.readFileSync(process.env.WA_DIR+\"/body\");"
          "const h={token:process.env.WA_TOKEN,\"Content-Type\":\"application/json\"};"
          "const t=performance.now();for(let i=0;i<n;i++){const r=await "
          "fetch(u,{method:\"POST\",body:b,headers:h});await r.text();}"
          "console.log(\"rps=\"+(n/((performance.now()-t)/1000)));})()'");
  std::system(("rm -rf " + dir).c_str());
  return rows;
}

}  // namespace wa::bench
