// The job dashboard's times in Paris time and the reader's format, as on every other page of the site. Hangfire writes
// instants as Unix seconds (data-moment, data-moment-title, data-moment-local) and moment.js shows them in the browser's
// own time zone, in US format for English; this runs after Hangfire's page script and writes them again.
(function ($) {
    var french = (document.documentElement.lang || '').toLowerCase().indexOf('fr') === 0;
    var words = new Intl.DateTimeFormat(french ? 'fr-FR' : 'en-GB', {
        timeZone: 'Europe/Paris', year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit'
    });

    function paris(seconds) {
        return words.format(new Date(Number(seconds) * 1000)) + (french ? ' (heure de Paris)' : ' (Paris time)');
    }

    function render() {
        $('*[data-moment-local]').each(function () {
            var at = $(this).data('moment-local');
            if (at) { $(this).text(paris(at)); }
        });
        $('*[data-moment], *[data-moment-title]').each(function () {
            var at = $(this).data('moment') || $(this).data('moment-title');
            if (at) { $(this).attr('title', paris(at)); }
        });
    }

    $(function () {
        // Relative times ("3 minutes ago") in the reader's language with day-first, 24-hour formats.
        moment.locale(french ? 'fr' : 'en-gb');
        render();
        // Hangfire rewrites its titles every few seconds.
        setInterval(render, 1000);
    });
})(jQuery);
