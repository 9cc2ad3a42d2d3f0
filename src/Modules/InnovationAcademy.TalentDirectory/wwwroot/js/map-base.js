// What the directory's map and the location picker share: a Leaflet map whose controls speak the page's language
// (titles from the <meta name="map-words"> that _MapHead writes) and whose attribution is the site's text, escaped.
(function () {
  'use strict';

  if (typeof L === 'undefined') {
    return;
  }

  // Leaflet shows the attribution as markup: the site's setting is text, so it is escaped first.
  function plainText(text) {
    var box = document.createElement('div');
    box.textContent = text || '';
    return box.innerHTML;
  }

  window.talentMapBase = function (canvas, holder, options, maxZoom) {
    var words = document.querySelector('meta[name="map-words"]');
    var map = L.map(canvas, Object.assign({ zoomControl: false }, options));
    L.control.zoom({
      zoomInTitle: words ? words.getAttribute('data-zoom-in') : 'Zoom in',
      zoomOutTitle: words ? words.getAttribute('data-zoom-out') : 'Zoom out'
    }).addTo(map);
    map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
    L.tileLayer(holder.dataset.tiles, { maxZoom: maxZoom, attribution: plainText(holder.dataset.attribution) }).addTo(map);
    return map;
  };
})();
