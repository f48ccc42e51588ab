# ruff: noqa: E501  (one skill per line reads best)
"""Frontend and mobile technologies (lower priority for a backend resume, still named)."""

from __future__ import annotations

from _seed import Seed, seed

CS = "case_sensitive"
TC = "tech_context"
FE = "frontend"
MO = "mobile"

# fmt: off
SKILLS: list[Seed] = [
    seed("html", "HTML", FE, "html5|html 5|xhtml|dhtml"),
    seed("css", "CSS", FE, "css3|css 3|cascading style sheets|flexbox|css grid"),
    seed("sass", "Sass", FE, "scss|sass/scss", implies="css", context=TC),
    seed("less-css", "Less (CSS)", FE, "Less.js|LESS CSS|lesscss", implies="css"),
    seed("tailwind", "Tailwind CSS", FE, "tailwind|tailwindcss", implies="css"),
    seed("bootstrap", "Bootstrap", FE, "twitter bootstrap|bootstrap 5|bootstrap 4", implies="css", context=TC),
    seed("material-ui", "Material UI", FE, "mui|material-ui|angular material|material design", context=TC),
    seed("react", "React", FE, "react.js|reactjs|react js|react hooks|redux toolkit", implies="javascript", context=TC, so="reactjs"),
    seed("redux", "Redux", FE, "redux saga|redux-saga|redux thunk|mobx|zustand", implies="javascript"),
    seed("nextjs", "Next.js", FE, "nextjs|next js|next.js 14", implies="react|nodejs"),
    seed("remix", "Remix", FE, "remix run", implies="react", context=f"{CS}|{TC}"),
    seed("gatsby", "Gatsby", FE, "gatsbyjs|gatsby.js", implies="react", context=TC),
    seed("angular", "Angular", FE, "angular 2+|angular 17|angular2|angular cli|ngrx", implies="typescript", context=TC),
    seed("angularjs", "AngularJS", FE, "angular.js|angular js|angular 1", implies="javascript"),
    seed("vue", "Vue.js", FE, "vue|vuejs|vue js|vue 3|vue 2|vuex|pinia", implies="javascript", so="vue.js"),
    seed("nuxt", "Nuxt", FE, "nuxt.js|nuxtjs|nuxt 3", implies="vue"),
    seed("svelte", "Svelte", FE, "sveltekit|svelte kit", implies="javascript"),
    seed("solidjs", "SolidJS", FE, "solid.js|solid js", implies="javascript"),
    seed("ember", "Ember.js", FE, "Ember|ember.js|emberjs|Ember Data", implies="javascript", context=f"{CS}|{TC}"),
    seed("backbone", "Backbone.js", FE, "backbone.js|backbonejs|backbone", implies="javascript", context=TC),
    seed("ext-js", "Ext JS", FE, "extjs|sencha ext js|sencha", implies="javascript"),
    seed("jquery", "jQuery", FE, "j query|jquery ui", implies="javascript"),
    seed("knockout", "Knockout.js", FE, "knockoutjs|knockout.js", implies="javascript"),
    seed("alpinejs", "Alpine.js", FE, "alpinejs", implies="javascript"),
    seed("htmx", "htmx", FE, ""),
    seed("astro", "Astro", FE, "astro.build", implies="javascript", context=f"{CS}|{TC}"),
    seed("preact", "Preact", FE, "", implies="javascript"),
    seed("lit", "Lit", FE, "lit-element|LitElement", implies="javascript", context=f"{CS}|{TC}"),
    seed("web-components", "Web Components", FE, "custom elements|shadow dom"),
    seed("threejs", "Three.js", FE, "threejs|three js|webgl", implies="javascript"),
    seed("d3", "D3.js", FE, "d3|d3js|d3.js", implies="javascript"),
    seed("chartjs", "Chart.js", FE, "chartjs|highcharts|echarts", implies="javascript"),
    seed("ajax", "AJAX", FE, "xmlhttprequest|fetch api", implies="javascript"),
    seed("dom", "DOM", FE, "Document Object Model|DOM manipulation", implies="javascript", context=CS ),
    seed("thymeleaf", "Thymeleaf", FE, "freemarker|velocity templates", implies="java"),
    seed("jinja", "Jinja", FE, "jinja2|django templates|mako", implies="python"),
    seed("handlebars", "Handlebars", FE, "handlebars.js|ejs", implies="javascript"),
    seed("razor", "Razor", FE, "razor pages|cshtml", implies="dotnet", context=f"{CS}|{TC}"),
    seed("erb", "ERB", FE, "haml|slim templates", implies="ruby"),
    seed("responsive-design", "Responsive design", FE, "responsive web design|mobile-first design|media queries"),
    seed("accessibility", "Web accessibility", FE, "wcag|a11y"),
    seed("pwa", "Progressive web apps", FE, "pwa|pwas|progressive web app|service workers"),
    seed("spa", "Single-page applications", FE, "spas|single page application|single-page application"),
    seed("ssr", "Server-side rendering", FE, "ssr|server side rendering|static site generation|ssg" ),
    seed("micro-frontends", "Micro frontends", FE, "micro-frontends|microfrontends|module federation" ),
    seed("figma", "Figma", "tool", "adobe xd|zeplin", area="communication"),
    seed("electron", "Electron", FE, "electron.js|electronjs", implies="javascript", context=TC),
    seed("tauri", "Tauri", FE, "", implies="rust"),
    seed("wpf", "WPF", FE, "windows presentation foundation|winforms|windows forms|winui|xaml", implies="dotnet"),
    seed("javafx", "JavaFX", FE, "java swing|awt", implies="java"),
    seed("gtk", "GTK", FE, "gtk+|gtk3|gtk4"),
    # mobile
    seed("android", "Android", MO, "android sdk|android development|android apps|android jetpack"),
    seed("jetpack-compose", "Jetpack Compose", MO, "compose ui", implies="android|kotlin"),
    seed("ios", "iOS", MO, "ios development|ios apps|ios sdk|cocoa touch|uikit", so="ios"),
    seed("swiftui", "SwiftUI", MO, "swift ui", implies="swift|ios"),
    seed("react-native", "React Native", MO, "reactnative|react-native", implies="react|javascript" ),
    seed("flutter", "Flutter", MO, "", implies="dart"),
    seed("xamarin", "Xamarin", MO, "xamarin.forms|xamarin forms|.net maui", implies="dotnet"),
    seed("ionic", "Ionic", MO, "ionic framework|cordova|phonegap|apache cordova", context=TC),
    seed("kotlin-multiplatform", "Kotlin Multiplatform", MO, "kmp|kmm|kotlin multiplatform mobile", implies="kotlin"),
    seed("core-data", "Core Data", MO, "", implies="ios"),
    seed("firebase", "Firebase", "cloud_service", "firebase auth|firebase authentication|firebase cloud messaging|fcm|firebase hosting|crashlytics", area="cloud"),
    seed("push-notifications", "Push notifications", MO, "push notification|apns|apple push notification service"),
    seed("app-store", "App store publishing", MO, "app store connect|google play console|testflight" ),
    seed("mobile-backend", "Mobile backends", MO, "mbaas|backend as a service|baas|parse server|aws amplify backend"),
]
# fmt: on
