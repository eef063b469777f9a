// office-addin-mock needs only the OfficeApp enum from office-addin-manifest; the real package
// pulls in network-bound code, so jest maps it to this stub (see jest.config.js).
module.exports = {
  OfficeApp: {
    Excel: 'excel',
    OneNote: 'onenote',
    Outlook: 'outlook',
    PowerPoint: 'powerpoint',
    Project: 'project',
    Word: 'word',
  },
};
