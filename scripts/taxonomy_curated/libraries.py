# ruff: noqa: E501  (one skill per line reads best)
"""Libraries of the backend ecosystems: HTTP clients, logging, service discovery, workflow
engines, serialisation and utilities a resume names beside its framework."""

from __future__ import annotations

from _seed import Seed, seed

CS = "case_sensitive"
TC = "tech_context"
LIB = "library"

# fmt: off
SKILLS: list[Seed] = [
    # JVM
    seed("log4j", "Log4j", LIB, "log4j2|apache log4j", implies="java"),
    seed("slf4j", "SLF4J", LIB, "", implies="java"),
    seed("logback", "Logback", LIB, "", implies="java"),
    seed("gson", "Gson", LIB, "google gson", implies="java"),
    seed("mapstruct", "MapStruct", LIB, "", implies="java"),
    seed("micrometer", "Micrometer", LIB, "spring boot actuator", implies="java|metrics", context=TC),
    seed("eureka", "Netflix Eureka", LIB, "eureka|eureka server|spring cloud netflix eureka", implies="service-discovery", context=TC),
    seed("openfeign", "OpenFeign", LIB, "feign|feign client|spring cloud openfeign", implies="java"),
    seed("resilience4j", "Resilience4j", LIB, "", implies="java|circuit-breaker"),
    seed("hystrix", "Netflix Hystrix", LIB, "hystrix", implies="java|circuit-breaker"),
    seed("netflix-oss", "Netflix OSS", LIB, "netflix open source|ribbon load balancer", implies="microservices"),
    seed("apache-poi", "Apache POI", LIB, "", implies="java"),
    seed("apache-commons", "Apache Commons", LIB, "commons lang|commons-lang|apache commons lang", implies="java"),
    seed("apache-cxf", "Apache CXF", LIB, "cxf", implies="java|soap"),
    seed("axis2", "Apache Axis2", LIB, "axis2|apache axis", implies="java|soap"),
    seed("jaxb", "JAXB", LIB, "java architecture for xml binding", implies="java|xml"),
    seed("ejb", "Enterprise JavaBeans", LIB, "ejb|ejb3|ejb 3", implies="java|jakarta-ee"),
    seed("cdi", "Jakarta CDI", LIB, "contexts and dependency injection", implies="java|jakarta-ee"),
    seed("vaadin", "Vaadin", "web_framework", "", implies="java"),
    seed("gwt", "GWT", "web_framework", "google web toolkit", implies="java"),
    seed("wicket", "Apache Wicket", "web_framework", "wicket", implies="java", context=TC),
    seed("dagger", "Dagger", LIB, "dagger 2|dagger2", implies="java", context=f"{CS}|{TC}"),
    seed("guice", "Guice", LIB, "google guice", implies="java"),
    seed("dependency-injection", "Dependency injection", "practice", "di container|inversion of control|ioc container|ioc", area="code_quality"),
    seed("vavr", "Vavr", LIB, "javaslang", implies="java"),
    seed("okhttp", "OkHttp", LIB, "", implies="java"),
    seed("apache-httpclient", "Apache HttpClient", LIB, "httpclient", implies="java"),
    seed("jmh", "JMH", LIB, "java microbenchmark harness", implies="java|profiling"),
    seed("drools", "Drools", LIB, "jboss drools|rules engine|business rules engine", implies="java"),
    seed("camunda", "Camunda", LIB, "camunda bpm|zeebe", implies="bpmn"),
    seed("jbpm", "jBPM", LIB, "activiti|flowable", implies="java|bpmn"),
    seed("bpmn", "BPMN", "practice", "business process model and notation|workflow engines|workflow engine|business process management", area="technical_expertise"),
    seed("apache-tika", "Apache Tika", LIB, "", implies="java"),
    seed("jsoup", "jsoup", LIB, "", implies="java"),
    seed("kotlin-coroutines", "Kotlin coroutines", LIB, "kotlinx.coroutines|kotlin flow", implies="kotlin|concurrency"),
    seed("arrow-kt", "Arrow (Kotlin)", LIB, "arrow-kt|arrow kt", implies="kotlin|functional-programming"),
    # Python
    seed("requests", "Requests (Python)", LIB, "python requests|requests library", implies="python"),
    seed("httpx", "HTTPX", LIB, "", implies="python"),
    seed("scrapy", "Scrapy", LIB, "", implies="python|web-scraping"),
    seed("beautifulsoup", "Beautiful Soup", LIB, "beautifulsoup|beautifulsoup4|bs4", implies="python|web-scraping"),
    seed("web-scraping", "Web scraping", "practice", "web scraping|web crawling|scraping|crawlers|web crawler", area="technical_expertise"),
    seed("marshmallow", "marshmallow", LIB, "marshmallow schemas", implies="python", context=f"{CS}|{TC}"),
    seed("gevent", "gevent", LIB, "greenlets|eventlet", implies="python|concurrency"),
    seed("twisted", "Twisted", LIB, "twisted framework", implies="python", context=f"{CS}|{TC}"),
    seed("click", "Click (Python)", LIB, "python click|click library", implies="python"),
    seed("typer", "Typer", LIB, "", implies="python", context=f"{CS}|{TC}"),
    seed("graphene", "Graphene", LIB, "graphene-django|graphene django", implies="python|graphql", context=f"{CS}|{TC}"),
    seed("strawberry-graphql", "Strawberry GraphQL", LIB, "", implies="python|graphql", context=TC),
    seed("multiprocessing", "Python multiprocessing", LIB, "multiprocessing|concurrent.futures", implies="python|concurrency"),
    seed("numba", "Numba", LIB, "cython", implies="python"),
    seed("pyo3", "PyO3", LIB, "maturin", implies="python|rust"),
    seed("paramiko", "Paramiko", LIB, "", implies="python|ssh"),
    seed("pydantic-settings", "Pydantic Settings", LIB, "pydantic-settings", implies="pydantic"),
    # JavaScript / TypeScript
    seed("axios", "Axios", LIB, "", implies="javascript"),
    seed("lodash", "Lodash", LIB, "underscore.js", implies="javascript"),
    seed("rxjs", "RxJS", LIB, "rx.js", implies="javascript|reactive-programming"),
    seed("passport", "Passport.js", LIB, "passportjs|passport js", implies="nodejs|authentication"),
    seed("zod", "Zod", LIB, "joi validation", implies="typescript", context=TC),
    seed("graphql-yoga", "GraphQL Yoga", LIB, "", implies="graphql|nodejs"),
    seed("nodemon", "nodemon", "tool", "ts-node|tsx runner", implies="nodejs"),
    seed("winston", "Winston", LIB, "bunyan|morgan logger", implies="nodejs", context=f"{CS}|{TC}"),
    seed("cheerio", "Cheerio", LIB, "", implies="nodejs|web-scraping"),
    seed("date-fns", "date-fns", LIB, "moment.js|momentjs|luxon|day.js", implies="javascript"),
    seed("immer", "Immer", LIB, "immutable.js", implies="javascript", context=f"{CS}|{TC}"),
    seed("tanstack-query", "TanStack Query", LIB, "react query|react-query|swr", implies="javascript"),
    seed("node-streams", "Node.js streams", LIB, "node streams|event loop|libuv|worker threads", implies="nodejs"),
    # Go
    seed("viper", "Viper", LIB, "spf13/viper", implies="go", context=f"{CS}|{TC}"),
    seed("zap-logger", "Zap", LIB, "uber zap|zap logger|zerolog|logrus", implies="go", context=f"{CS}|{TC}"),
    seed("grpc-gateway", "grpc-gateway", LIB, "grpc gateway", implies="grpc"),
    seed("wire", "Wire", LIB, "google wire|uber fx|uber-go/fx", implies="go|dependency-injection", context=f"{CS}|{TC}"),
    seed("goroutines", "Goroutines", LIB, "goroutine|go channels|channels in go", implies="go|concurrency"),
    # Rust
    seed("hyper", "hyper", LIB, "hyper.rs", implies="rust", context=f"{CS}|{TC}"),
    seed("async-std", "async-std", LIB, "", implies="rust|concurrency"),
    # .NET
    seed("automapper", "AutoMapper", LIB, "", implies="dotnet"),
    seed("serilog", "Serilog", LIB, "nlog|log4net", implies="dotnet|centralized-logging"),
    seed("orleans", "Microsoft Orleans", LIB, "orleans", implies="dotnet|distributed-systems", context=TC),
    seed("swashbuckle", "Swashbuckle", LIB, "nswag|nswagstudio", implies="dotnet|openapi"),
    seed("fluentvalidation", "FluentValidation", LIB, "fluent validation", implies="dotnet"),
    seed("dotnet-aspire", ".NET Aspire", LIB, "", implies="dotnet", context=TC),
    seed("tpl", "Task Parallel Library", LIB, "tpl|async await in c#|plinq", implies="dotnet|concurrency"),
    # Ruby / PHP / Elixir
    seed("devise", "Devise", LIB, "omniauth", implies="ruby|authentication", context=f"{CS}|{TC}"),
    seed("capistrano", "Capistrano", "ci_cd", "", implies="ruby"),
    seed("hotwire", "Hotwire", "frontend", "stimulusjs", implies="rails", context=TC),
    seed("twig", "Twig", "frontend", "twig templates", implies="php", context=f"{CS}|{TC}"),
    seed("blade", "Blade", "frontend", "laravel blade|blade templates", implies="laravel", context=f"{CS}|{TC}"),
    seed("livewire", "Livewire", "frontend", "laravel livewire", implies="laravel"),
    seed("guzzle", "Guzzle", LIB, "guzzlehttp", implies="php"),
    seed("swoole", "Swoole", LIB, "roadrunner|reactphp|openswoole", implies="php"),
    seed("absinthe", "Absinthe", LIB, "", implies="elixir|graphql", context=f"{CS}|{TC}"),
    seed("oban", "Oban", LIB, "", implies="elixir|background-jobs", context=f"{CS}|{TC}"),
    seed("otp-framework", "OTP", LIB, "erlang otp|genserver|gen_server|supervision trees", implies="erlang", context=f"{CS}|{TC}"),
    # C and C++
    seed("stl", "STL", LIB, "standard template library|c++ stl", implies="cpp"),
    seed("abseil", "Abseil", LIB, "abseil-cpp|folly", implies="cpp"),
    seed("openmp", "OpenMP", LIB, "mpi|open mpi|openmpi", implies="concurrency"),
    seed("posix", "POSIX", LIB, "pthreads|posix threads|unix sockets|berkeley sockets|socket programming|sockets|epoll|io_uring", area="technical_expertise"),
    seed("libevent", "libevent", LIB, "libev|boost asio|asio", implies="cpp"),
    seed("gdb", "GDB", "tool", "gnu debugger|lldb|strace|ltrace|windbg", area="troubleshooting"),
    seed("debuggers", "Debuggers", "tool", "debugger|remote debugging|breakpoints", area="troubleshooting"),
    seed("service-discovery", "Service discovery", "architecture", "service registry|service registration|dns-based discovery", area="devops_sre"),
]
# fmt: on
